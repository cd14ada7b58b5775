/**
 * Company names as people type them: "ACME cloud ltd.", "Acme Cloud Limited" and "ＡＣＭＥ Cloud" are one
 * company, and so are "阿克米云计算有限公司" and "阿克米云计算". The key drops what varies (case, width,
 * spacing, punctuation, legal-form suffixes, a bracketed region) and keeps what names the company.
 */

/** Legal forms and group words that end English and European company names (compared without dots). */
const LATIN_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "lp",
  "plc",
  "co",
  "company",
  "corp",
  "corporation",
  "gmbh",
  "ag",
  "kg",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "ab",
  "oy",
  "as",
  "pte",
  "pty",
  "kk",
  "sdn",
  "bhd",
  "group",
  "holding",
  "holdings",
]);

/** Chinese legal forms and group words, longest first (simplified and traditional). */
const CJK_SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "有限責任公司",
  "集团有限公司",
  "集團有限公司",
  "控股有限公司",
  "有限公司",
  "集团",
  "集團",
  "控股",
  "公司",
];

/** Bracketed places that often follow a company name: "(中国)", "(Hong Kong)". */
const REGIONS = new Set([
  "中国",
  "中國",
  "香港",
  "澳门",
  "澳門",
  "台湾",
  "台灣",
  "北京",
  "上海",
  "深圳",
  "广州",
  "杭州",
  "china",
  "prc",
  "hong kong",
  "hk",
  "asia",
  "asia pacific",
  "apac",
  "europe",
  "eu",
  "uk",
  "us",
  "usa",
  "international",
]);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether the text holds CJK characters (two of them already name something, unlike two Latin letters). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

function withoutRegions(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (_whole, inner: string) => {
    const place = inner.trim().replace(/\s+/g, " ");
    return REGIONS.has(place) ? " " : ` ${inner} `;
  });
}

/** Drops legal-form words from the end, keeping at least one word. */
function withoutLatinSuffixes(words: string[]): string[] {
  const kept = [...words];
  // "S. A." and "L L C" arrive as single letters: read a trailing run of them as one word.
  let run = 0;
  while (run < kept.length && /^[a-z]$/.test(kept[kept.length - 1 - run]!)) run++;
  if (run >= 2 && run < kept.length) kept.splice(kept.length - run, run, kept.slice(-run).join(""));
  while (kept.length > 1 && LATIN_SUFFIXES.has(kept[kept.length - 1]!)) kept.pop();
  return kept;
}

function withoutCjkSuffixes(text: string): string {
  let current = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CJK_SUFFIXES) {
      if (current.endsWith(suffix) && current.length > suffix.length) {
        current = current.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  // A name made only of legal-form words ("有限公司") stays as it is, like "Limited" does.
  return CJK_SUFFIXES.some((suffix) => suffix.startsWith(current)) ? text : current;
}

/**
 * The comparison key of a company name: NFKC (full-width letters, digits and brackets become ASCII),
 * lower case, a bracketed region dropped, punctuation gone, legal-form suffixes in English, European
 * languages and Chinese dropped, and no spaces. Empty when the name has no letters or digits.
 */
export function customerNameKey(name: string): string {
  let text = name.normalize("NFKC").toLowerCase();
  text = withoutRegions(text);
  // Dots and apostrophes join ("S.A." → "sa", "McDonald's" → "mcdonalds"); other punctuation separates.
  text = text.replace(/[.'’]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ");
  const words = withoutLatinSuffixes(text.split(" ").filter(Boolean));
  return withoutCjkSuffixes(words.join(""));
}
