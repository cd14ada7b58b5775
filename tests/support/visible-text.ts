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

/** The texts shown twice in a row (a heading and then a label saying the same). */
export function repeatedRuns(html: string): string[] {
  const runs = visibleTextRuns(html);
  return runs.filter((text, i) => i > 0 && runs[i - 1] === text);
}
