import type { TemplateTexts } from "./template-texts";
import { emailLayout } from "./templates/layout";
import type { EmailLocale, RenderedEmail, Wording } from "./templates/types";

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The {names} a text uses that the template does not offer. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !allowed.includes(name)))];
}

/** An administrator's text with the template's placeholders filled from the payload (others left as typed). */
function filled(text: string, payload: unknown, allowed: readonly string[], oneLine: boolean): string {
  const values = (payload ?? {}) as Record<string, unknown>;
  const result = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!allowed.includes(name)) return whole;
    const value = values[name];
    return typeof value === "string" ? value : "";
  });
  return oneLine ? result.replace(/\s+/g, " ").trim() : result;
}

/**
 * An email as written by its template (`wording`) with the administrator's texts for that template and
 * language applied: their subject replaces the template's, their opening and closing paragraphs go around
 * the template's own; then the layout. Pure and without the catalogue, so the settings editor previews a
 * draft in the browser from the wording the server wrote.
 */
export function composeEmail(
  wording: Wording,
  {
    payload,
    placeholders,
    appUrl,
    locale,
  }: {
    payload: unknown;
    placeholders: readonly string[];
    appUrl: string;
    locale: EmailLocale;
  },
  texts: TemplateTexts = {},
): RenderedEmail {
  const fill = (text: string, oneLine = false) => filled(text, payload, placeholders, oneLine);
  return emailLayout(
    texts.subject ? fill(texts.subject, true) : wording.subject,
    [
      ...(texts.intro ? [fill(texts.intro)] : []),
      ...wording.paragraphs,
      ...(texts.closing ? [fill(texts.closing)] : []),
    ],
    appUrl,
    locale,
  );
}
