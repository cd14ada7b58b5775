/**
 * The pieces of text a sighted reader sees on a rendered page, in order: tags split them, and elements
 * for screen readers only (class "sr-only"), scripts and styles are left out. Entities stay encoded.
 */
export function visibleTextRuns(html: string): string[] {
  const shown = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<(\w+)\b[^>]*\bclass="sr-only"[^>]*>[\s\S]*?<\/\1>/g, "");
  return shown
    .split(/<[^>]*>/)
    .map((text) => text.trim())
    .filter(Boolean);
}

/**
 * What a reader meets on a rendered page: the visible texts and what assistive technology reads or a
 * pointer shows (aria-label, title, placeholder, alt), with the entities React writes decoded.
 */
export function readableTexts(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]!);
  return [...visibleTextRuns(html), ...attributes].map((text) =>
    text
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
}

/** The texts shown twice in a row (a heading and then a label saying the same). */
export function repeatedRuns(html: string): string[] {
  const runs = visibleTextRuns(html);
  return runs.filter((text, i) => i > 0 && runs[i - 1] === text);
}
