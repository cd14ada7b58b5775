import { htmlLang } from "@/lib/i18n/languages";
import type { EmailLocale, RenderedEmail } from "./types";

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/**
 * An address in running text: ASCII URL characters only, so a Chinese sentence's "，" or "）" after it
 * is not taken in; quotes and parentheses end it too. Trailing sentence punctuation is not part of it.
 */
const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A paragraph as HTML: escaped, with the app's own addresses (same origin as APP_URL) made links. Any
 * other address stays text, so an administrator's paragraph or a requester's value cannot put a link
 * to elsewhere into our email.
 */
function paragraphHtml(text: string, appOrigin: string | undefined): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, "");
    if (!appOrigin || originOf(url) !== appOrigin) continue;
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  return (html + escapeHtml(text.slice(last))).replace(/\n/g, "<br>");
}

/**
 * Wraps paragraphs (plain text) into the text and HTML bodies every email shares, with the app's address
 * (APP_URL) as the footer. Every paragraph is escaped in the HTML, administrators' included, and no markup
 * comes from a template; the app's own addresses become links, as readers of the HTML part expect. The
 * layout itself has no words: the HTML part names the email's language, so a reader (or a screen reader)
 * reads a Chinese email as Chinese.
 */
export function emailLayout(
  subject: string,
  paragraphs: readonly string[],
  appUrl: string,
  locale: EmailLocale,
): RenderedEmail {
  const appOrigin = originOf(appUrl);
  const text = [...paragraphs, "", "--", appUrl].join("\n\n");
  const html = [
    `<!doctype html><html lang="${htmlLang(locale)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">`,
    ...paragraphs.map((p) => `<p>${paragraphHtml(p, appOrigin)}</p>`),
    `<hr><p style="color:#555;font-size:12px">${paragraphHtml(appUrl, appOrigin)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
