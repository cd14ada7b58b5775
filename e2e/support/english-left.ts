import { expect, type Page } from "@playwright/test";

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
 * The English words a person reading the page sees (its text, and the names and hints assistive
 * technology reads: aria-label, title, placeholder, alt), outside what users typed: elements marked
 * `translate="no"` (names, emails, notes, messages: data, left as written), email addresses, case
 * references and the words in `data` (what the test itself typed), and outside elements whose `lang` is
 * not Chinese.
 */
export async function englishOn(page: Page, data: readonly string[] = []): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    // Data left as typed (`translate="no"`), and words marked as another language on purpose (the language
    // switch names English in English).
    const skip = (el: Element | null): boolean =>
      !!el?.closest('script, style, noscript, template, [translate="no"], [hidden], pre') ||
      !(el?.closest("[lang]")?.getAttribute("lang") ?? "zh").startsWith("zh");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!skip(node.parentElement) && node.textContent?.trim()) out.push(node.textContent);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (skip(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
  let text = texts.join("\n");
  for (const typed of data) text = text.split(typed).join(" ");
  text = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, " ")
    .replace(/DSR-\d{4}-\d{6}/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  const words = text.match(/[A-Za-z][A-Za-z'’-]{2,}/g) ?? [];
  return [...new Set(words.filter((word) => !NOT_ENGLISH.has(word.toLowerCase())))];
}

/** Fails with the English words left on a page that should be all in Chinese. */
export async function expectNoEnglish(page: Page, data: readonly string[] = []): Promise<void> {
  expect.soft(await englishOn(page, data), `English words on ${new URL(page.url()).pathname}`).toEqual([]);
}
