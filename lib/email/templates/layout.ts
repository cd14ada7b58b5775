import type { RenderedEmail } from "./types";

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** The paragraphs and footer an email was built from, so administrators' texts can be added around them. */
export interface EmailParts {
  paragraphs: string[];
  footer: string;
}

const partsOf = new WeakMap<RenderedEmail, EmailParts>();

/** What plainEmail built this email from (undefined for an email built some other way). */
export function emailParts(email: RenderedEmail): EmailParts | undefined {
  return partsOf.get(email);
}

/** Wraps paragraphs (plain text) into the text and HTML bodies every email shares. */
export function plainEmail(subject: string, paragraphs: string[], footer: string): RenderedEmail {
  const text = [...paragraphs, "", "--", footer].join("\n\n");
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`),
    `<hr><p style="color:#555;font-size:12px">${escapeHtml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  const email = { subject, text, html };
  partsOf.set(email, { paragraphs: [...paragraphs], footer });
  return email;
}
