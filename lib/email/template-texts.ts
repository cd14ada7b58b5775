import { z } from "zod";
import { templateNamed, templates } from "./templates";
import { emailParts, plainEmail } from "./templates/layout";
import type { EmailLocale, EmailTemplate, RenderContext, RenderedEmail } from "./templates/types";

/**
 * Administrators' wording for any email, per language (Settings > Email texts): a subject replacing the
 * template's, and a paragraph before and after the template's own. Texts may quote the payload's
 * non-secret string fields as {placeholders}, e.g. {reference}. Pure: the worker and the page's preview
 * render through the same function.
 */
export const TEXT_KEYS = ["subject", "intro", "closing"] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export type TemplateTexts = Partial<Record<TextKey, string>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function unwrapped(field: z.ZodType): z.ZodType {
  let inner = field;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The payload fields a text may quote: top-level strings, never a secret (a link token, a code). */
export function placeholderFields(template: EmailTemplate<z.ZodType>): string[] {
  const schema = template.payload;
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([name, field]) => unwrapped(field) instanceof z.ZodString && !template.secretFields?.includes(name))
    .map(([name]) => name);
}

/** The {names} a text uses that the template's payload does not offer. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !allowed.includes(name)))];
}

function fill(text: string, payload: unknown, allowed: readonly string[], oneLine: boolean): string {
  const values = (payload ?? {}) as Record<string, unknown>;
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!allowed.includes(name)) return whole;
    const value = values[name];
    return typeof value === "string" ? value : "";
  });
  return oneLine ? filled.replace(/\s+/g, " ").trim() : filled;
}

/**
 * The email with an administrator's texts applied. The text and HTML parts are rebuilt by the shared
 * layout, so the added paragraphs are escaped in the HTML like every other paragraph.
 */
export function applyTemplateTexts(
  email: RenderedEmail,
  texts: TemplateTexts,
  payload: unknown,
  allowed: readonly string[],
): RenderedEmail {
  const subject = texts.subject ? fill(texts.subject, payload, allowed, true) : email.subject;
  const parts = emailParts(email);
  if (!parts || (!texts.intro && !texts.closing)) return { ...email, subject };
  return plainEmail(
    subject,
    [
      ...(texts.intro ? [fill(texts.intro, payload, allowed, false)] : []),
      ...parts.paragraphs,
      ...(texts.closing ? [fill(texts.closing, payload, allowed, false)] : []),
    ],
    parts.footer,
  );
}

/** Renders a template, then applies the administrator's texts for its language (if any). */
export function renderEmail(
  template: EmailTemplate<z.ZodType>,
  payload: unknown,
  context: RenderContext & { texts?: TemplateTexts },
): RenderedEmail {
  const { texts, ...renderContext } = context;
  const rendered = template.render(payload, renderContext);
  const hasTexts = texts && TEXT_KEYS.some((key) => texts[key]);
  return hasTexts ? applyTemplateTexts(rendered, texts, payload, placeholderFields(template)) : rendered;
}

export const TEMPLATE_NAMES = Object.keys(templates) as [keyof typeof templates, ...(keyof typeof templates)[]];

const LIMITS: Record<TextKey, number> = { subject: 200, intro: 2000, closing: 2000 };

const localeTexts = z.object(
  Object.fromEntries(
    TEXT_KEYS.map((key) => [
      key,
      z
        .string()
        .trim()
        .max(LIMITS[key], `At most ${LIMITS[key]} characters.`)
        .refine((text) => key !== "subject" || !/[\r\n]/.test(text), "A subject is one line.")
        .default(""),
    ]),
  ) as Record<TextKey, z.ZodDefault<z.ZodString>>,
);

/**
 * One template's texts in both languages, as the settings form sends them. An empty text means the
 * template's own wording. Shared by the form's preview and the use-case that saves.
 */
export const emailTextsSchema = z
  .object({
    template: z.enum(TEMPLATE_NAMES, { message: "Choose an email." }),
    en: localeTexts.default({ subject: "", intro: "", closing: "" }),
    zh: localeTexts.default({ subject: "", intro: "", closing: "" }),
  })
  .superRefine((value, ctx) => {
    const template = templateNamed(value.template);
    if (!template) return;
    const allowed = placeholderFields(template);
    for (const locale of ["en", "zh"] as const) {
      for (const key of TEXT_KEYS) {
        const unknown = unknownPlaceholders(value[locale][key], allowed);
        if (unknown.length === 0) continue;
        const offered = allowed.length
          ? `This email can use ${allowed.map((name) => `{${name}}`).join(", ")}.`
          : "This email has no placeholders.";
        ctx.addIssue({
          code: "custom",
          path: [locale, key],
          message: `Unknown placeholder ${unknown.map((name) => `{${name}}`).join(", ")}. ${offered}`,
        });
      }
    }
  });

export type EmailTextsInput = z.infer<typeof emailTextsSchema>;
export type TextsByLocale = Record<EmailLocale, Record<TextKey, string>>;
