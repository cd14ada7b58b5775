import type { z } from "zod";
import type { TemplateTexts } from "./template-texts";
import { emailLayout } from "./templates/layout";
import type { EmailTemplate, RenderContext, RenderedEmail } from "./templates/types";

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
 * The email a template writes from its payload, in the context's language (English when the template
 * has no wording in it), with the administrator's texts for that template and language applied in the
 * same pass: their subject replaces the template's, their opening and closing paragraphs go around the
 * template's own. Pure: the worker sends, and the settings page previews, what this returns.
 */
export function renderEmail<Schema extends z.ZodType>(
  template: EmailTemplate<string, Schema>,
  payload: z.output<Schema>,
  context: RenderContext,
  texts: TemplateTexts = {},
): RenderedEmail {
  const write = (context.locale === "zh" && template.zh) || template.en;
  const { subject, paragraphs } = write(payload, context);
  const fill = (text: string, oneLine = false) => filled(text, payload, template.placeholders, oneLine);
  return emailLayout(
    texts.subject ? fill(texts.subject, true) : subject,
    [...(texts.intro ? [fill(texts.intro)] : []), ...paragraphs, ...(texts.closing ? [fill(texts.closing)] : [])],
    context.appUrl,
  );
}
