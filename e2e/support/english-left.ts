import { expect, type Page } from "@playwright/test";
import { englishWordsIn } from "../../tests/support/english-words";

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
    // What the page marks as data is data wherever else it appears (a name in a label's sentence).
    const marked = [...document.querySelectorAll('[translate="no"]')]
      .map((el) => el.textContent?.trim() ?? "")
      .filter((text) => text.length > 1);
    return { out, marked };
  });
  const found = new Map<string, string>();
  for (const [text, place] of texts.out) {
    for (const word of englishWordsIn([text], [...data, ...texts.marked])) if (!found.has(word)) found.set(word, place);
  }
  return [...found].map(([word, place]) => `${word} (${place})`);
}

/** Fails with the English words left on a page that should be all in Chinese. */
export async function expectNoEnglish(page: Page, data: readonly string[] = []): Promise<void> {
  expect.soft(await englishOn(page, data), `English words on ${new URL(page.url()).pathname}`).toEqual([]);
}
