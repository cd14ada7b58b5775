import type { RenderedEmail } from "./types";

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/**
 * Wraps paragraphs (plain text) into the text and HTML bodies every email shares. Every paragraph is
 * escaped in the HTML, administrators' included, and no markup comes from a template: links are the
 * plain APP_URL addresses the templates write, which mail clients link themselves.
 */
export function emailLayout(subject: string, paragraphs: readonly string[], footer: string): RenderedEmail {
  const text = [...paragraphs, "", "--", footer].join("\n\n");
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
    `<hr><p style="color:#555;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}
