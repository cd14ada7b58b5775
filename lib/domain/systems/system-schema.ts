import { z } from "zod";
import { Locale, Regime, SystemReach } from "@/lib/db/generated/enums";
import { booleanFrom } from "@/lib/domain/customers/customer-schema";
import { TASK_KINDS } from "@/lib/domain/fulfilment/task-rules";
import { webhookUrlProblem } from "@/lib/domain/fulfilment/webhook-url";
import { fieldError } from "@/lib/i18n/errors";

/** Splits typed text on `separator`, trims, drops empty items; a list of ticked boxes is taken as it is. */
function listOf(separator: RegExp) {
  // The form's text or ticked boxes, or a CSV row's cells; anything else (absent) is an empty list.
  return (value: unknown): unknown[] => {
    const items: unknown[] =
      typeof value === "string" ? value.split(separator) : Array.isArray(value) ? (value as unknown[]) : [];
    return items.map((item) => (typeof item === "string" ? item.trim() : item)).filter((item) => item !== "");
  };
}

/** Codes ("ACCESS", "eu_gdpr") from ticked boxes or a CSV cell: upper case, each once. */
const codesOf = (value: unknown) =>
  listOf(/[\s,;]+/)(value).map((item) => (typeof item === "string" ? item.toUpperCase() : item));

const email = z.string().email().max(320);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A list whose every item must pass `ok`: one error on the list itself (the form's field), not per item. */
const listWhere = (ok: (item: string) => boolean, message: string) =>
  z.array(z.string()).refine((items) => items.every(ok), message);

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v === null ? undefined : v),
    z.string().trim().max(max, `use_at_most:${max}`).optional(),
  );

export const SYSTEM_NAME_MAX = 200;
export const MAX_OWNERS = 20;
export const MAX_CATEGORIES = 50;
export const CATEGORY_MAX = 100;

/**
 * What staff enter for a system that holds personal data, from the form or a CSV row. A MANUAL system
 * needs someone to do its tasks (a staff owner or an outside address); a WEBHOOK system needs the URL its
 * deliveries go to (the URL is dropped for a MANUAL one). Request types are those that make tasks.
 */
export const systemFieldsObject = z.object({
  name: z
    .string({ message: "enter_system_name" })
    .trim()
    .min(1, { message: "enter_system_name", abort: true })
    .max(SYSTEM_NAME_MAX, `use_at_most:${SYSTEM_NAME_MAX}`),
  description: optionalText(2000),
  /** Staff accounts, by id (the form's ticked boxes); the use-case checks they are enabled accounts. */
  ownerIds: z.preprocess(
    listOf(/[\s,;]+/),
    z
      .array(z.string())
      .refine((ids) => ids.every((id) => UUID.test(id)), "unknown_staff_owner")
      .max(MAX_OWNERS, `too_many_owners:${MAX_OWNERS}`)
      .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))])
      .default([]),
  ),
  ownerEmails: z.preprocess(
    listOf(/[\s,;]+/),
    z
      .array(z.string())
      .max(MAX_OWNERS, `too_many_owners:${MAX_OWNERS}`)
      .superRefine((addresses, context) => {
        for (const address of addresses.filter((a) => !email.safeParse(a).success)) {
          context.addIssue({ code: "custom", message: fieldError("owner_email_invalid", { address }) });
        }
      })
      .transform((addresses) => [...new Set(addresses.map((a) => a.toLowerCase()))])
      .default([]),
  ),
  /** The language of task emails to its outside owners (a CSV cell in any case; empty is English). */
  locale: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v === null ? undefined : v),
    z.enum(Locale, { message: "choose_en_or_zh" }).default("en"),
  ),
  dataCategories: z.preprocess(
    listOf(/\r?\n|\r|;/),
    listWhere((c) => c.length <= CATEGORY_MAX, `category_too_long:${CATEGORY_MAX}`)
      .max(MAX_CATEGORIES, `too_many_categories:${MAX_CATEGORIES}`)
      .transform((categories) => [...new Set(categories)])
      .default([]),
  ),
  requestTypes: z.preprocess(
    codesOf,
    listWhere((t) => (TASK_KINDS as readonly string[]).includes(t), "choose_task_request_types")
      .min(1, "choose_request_type")
      .transform((types) => TASK_KINDS.filter((t) => types.includes(t))),
  ),
  /** Empty: every regime. */
  regimes: z.preprocess(
    codesOf,
    listWhere((r) => (Object.values(Regime) as string[]).includes(r), "choose_regimes")
      .transform((regimes) => Object.values(Regime).filter((r) => regimes.includes(r)))
      .default([]),
  ),
  reach: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v === null ? undefined : v),
    z.enum(SystemReach, { message: "choose_reach" }).default("MANUAL"),
  ),
  webhookUrl: optionalText(4000),
  active: z.preprocess(booleanFrom, z.boolean({ message: "true_or_false" }).default(false)),
});

type ObjectFields = z.infer<typeof systemFieldsObject>;

/** The rules between fields: a WEBHOOK system's URL, a MANUAL system's owners. */
export function checkReach(fields: ObjectFields, context: z.RefinementCtx): void {
  if (fields.reach === "WEBHOOK") {
    const problem = fields.webhookUrl ? webhookUrlProblem(fields.webhookUrl) : "enter_webhook_url";
    if (problem) context.addIssue({ code: "custom", path: ["webhookUrl"], message: problem });
  } else if (fields.ownerIds.length === 0 && fields.ownerEmails.length === 0) {
    context.addIssue({ code: "custom", path: ["ownerEmails"], message: "manual_needs_owner" });
  }
}

/** What is stored: no URL for a MANUAL system, null for an empty description. */
export function storedFields<F extends ObjectFields>(fields: F) {
  return {
    ...fields,
    webhookUrl: fields.reach === "WEBHOOK" ? (fields.webhookUrl ?? null) : null,
    description: fields.description ?? null,
  };
}

export const systemFieldsSchema = systemFieldsObject.superRefine(checkReach).transform(storedFields);

export type SystemFields = z.infer<typeof systemFieldsSchema>;

/** Names are unique regardless of case, width and spacing ("CRM" and "crm " are one system). */
export function systemNameKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
