import { z } from "zod";
import { fieldError } from "@/lib/i18n/errors";
import { unknownPlaceholders } from "./compose-email";
import { TEMPLATE_NAMES, templateNamed } from "./templates";
import type { EmailLocale } from "./templates/types";

/**
 * Administrators' wording for any email, per language (Settings > Email texts): a subject replacing the
 * template's, and a paragraph before and after the template's own. Texts may quote the fields the
 * template offers as {placeholders}, e.g. {reference}. `renderEmail` applies them.
 */
export const TEXT_KEYS = ["subject", "intro", "closing"] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export type TemplateTexts = Partial<Record<TextKey, string>>;

const LIMITS: Record<TextKey, number> = { subject: 200, intro: 2000, closing: 2000 };

const localeTexts = z.object(
  Object.fromEntries(
    TEXT_KEYS.map((key) => [
      key,
      z
        .string()
        .trim()
        .max(LIMITS[key], `use_at_most:${LIMITS[key]}`)
        .refine((text) => key !== "subject" || !/[\r\n]/.test(text), "subject_one_line")
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
    template: z.enum(TEMPLATE_NAMES, { message: "choose_email" }),
    en: localeTexts.default({ subject: "", intro: "", closing: "" }),
    zh: localeTexts.default({ subject: "", intro: "", closing: "" }),
  })
  .superRefine((value, ctx) => {
    const template = templateNamed(value.template);
    if (!template) return;
    const allowed = template.placeholders;
    for (const locale of ["en", "zh"] as const) {
      for (const key of TEXT_KEYS) {
        const unknown = unknownPlaceholders(value[locale][key], allowed);
        if (unknown.length === 0) continue;
        const list = (names: readonly string[]) => names.map((name) => `{${name}}`).join(", ");
        ctx.addIssue({
          code: "custom",
          path: [locale, key],
          // The placeholders are the template's field names, never a person's data.
          message: fieldError("unknown_placeholder", { unknown: list(unknown), offered: list(allowed) || "none" }),
        });
      }
    }
  });

export type EmailTextsInput = z.infer<typeof emailTextsSchema>;
export type TextsByLocale = Record<EmailLocale, Record<TextKey, string>>;
