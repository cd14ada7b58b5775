import { expect, type Page } from "@playwright/test";
import { messages } from "@/lib/i18n/messages";

/**
 * Words that are not English UI text even on a Chinese page: the product's name, the law and format
 * acronyms the Chinese wording keeps, and the time zone.
 */
const NOT_ENGLISH = new Set(
  [
    "Rightsdesk",
    "GDPR",
    "PIPL",
    "CCPA",
    "CPRA",
    "LGPD",
    "UTC",
    "CSV",
    "PDF",
    "PNG",
    "JPEG",
    "JSON",
    "ZIP",
    "SMTP",
    "HTML",
    "URL",
    "DSR",
    "API",
    "TLS",
  ].map((word) => word.toLowerCase()),
);

/**
 * The Latin words the Chinese catalogue itself uses on purpose: codes people type or read as they are
 * (CSV columns, `true`, `en`, `MAIL_FROM`, time-zone and calendar names in examples). ICU's own syntax is
 * left out.
 */
function latinWordsOf(catalogue: object): string[] {
  return Object.values(catalogue).flatMap((value): string[] =>
    typeof value === "object" && value
      ? latinWordsOf(value as object)
      : (String(value)
          .replace(/\{\s*\w+\s*(,\s*\w+\s*,?)?/g, " ")
          .replace(/\b(zero|one|two|few|many|other)\s*\{/g, " ")
          .match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []),
  );
}
for (const word of latinWordsOf(messages.zh)) NOT_ENGLISH.add(word.toLowerCase());

/**
 * The English words a person reading the page sees (its text, and the names and hints assistive
 * technology reads: aria-label, title, placeholder, alt), outside what users typed: elements marked
 * `translate="no"` (names, emails, notes, messages: data, left as written), email addresses, case
 * references, code (`<code>`: CSV columns, placeholders) and the words in `data` (what the test itself
 * typed), and outside elements whose `lang` is not Chinese.
 */
export async function englishOn(page: Page, data: readonly string[] = []): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: [string, string][] = [];
    // Where a text is, for the failure message: the element and its nearest test id or id.
    const where = (el: Element | null): string => {
      const marked = el?.closest("[data-testid], [id]");
      const mark = marked ? (marked.getAttribute("data-testid") ?? `#${marked.id}`) : "";
      return `<${el?.tagName.toLowerCase() ?? "?"}> in ${mark}`;
    };
    // Data left as typed (`translate="no"`), and words marked as another language on purpose (the language
    // switch names English in English).
    const skip = (el: Element | null): boolean =>
      !!el?.closest('script, style, noscript, template, [translate="no"], [hidden], pre, code, kbd, samp') ||
      !(el?.closest("[lang]")?.getAttribute("lang") ?? "zh").startsWith("zh");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skip(node.parentElement) && node.textContent?.trim()) out.push([node.textContent, where(node.parentElement)]);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (skip(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = el.getAttribute(name);
        if (value) out.push([value, `${name} of ${where(el)}`]);
      }
    }
    out.push([document.title, "<title>"]);
    return out;
  });
  const found = new Map<string, string>();
  for (const [raw, place] of texts) {
    let text = raw;
    for (const typed of data) text = text.split(typed).join(" ");
    text = text
      .replace(/[\w.+•-]+@[\w•-]+(\.[\w•-]+)+/g, " ")
      .replace(/DSR-\d{4}-\d{6}/g, " ")
      .replace(/https?:\/\/\S+/g, " ")
      // An email text's placeholders, which administrators type as they are: {reference}.
      .replace(/\{\w+\}/g, " ");
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? []) {
      if (!NOT_ENGLISH.has(word.toLowerCase()) && !found.has(word)) found.set(word, place);
    }
  }
  return [...found].map(([word, place]) => `${word} (${place})`);
}

/** Fails with the English words left on a page that should be all in Chinese. */
export async function expectNoEnglish(page: Page, data: readonly string[] = []): Promise<void> {
  expect.soft(await englishOn(page, data), `English words on ${new URL(page.url()).pathname}`).toEqual([]);
}
