import { z } from "zod";
import { fieldError } from "@/lib/i18n/errors";
import { Locale } from "@/lib/db/generated/enums";
import { customerNameKey } from "./customer-name";

/** What a list field takes: the form's text, or a CSV row's cells (absent in a form: an empty list). */
type ListInput = string | readonly string[] | undefined;

/** A list typed one per line (or, for addresses, also separated by commas, semicolons or spaces). */
function listOf(separator: RegExp) {
  return (value: ListInput): unknown[] => {
    const items: unknown[] = typeof value === "string" ? value.split(separator) : Array.isArray(value) ? value : [];
    return items.map((item) => (typeof item === "string" ? item.trim() : item)).filter((item) => item !== "");
  };
}

const YES = new Set(["true", "yes", "y", "1", "on"]);
const NO = new Set(["false", "no", "n", "0", "off"]);

/** A checkbox ("on" or absent) or a CSV cell ("true", "no", ...); anything else stays and is refused. */
export function booleanFrom(value: boolean | string | null | undefined): unknown {
  if (value === undefined || value === null || value === "") return false;
  if (typeof value !== "string") return value;
  const word = value.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : value;
}

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v === null ? undefined : v),
    z.string().trim().max(max, `use_at_most:${max}`).optional(),
  );

const email = z.string().email().max(320);

/** What staff enter for a cloud customer, from the form or a CSV row. */
export const customerFieldsSchema = z.object({
  name: z
    .string({ message: "enter_customer_name" })
    .trim()
    .min(1, { message: "enter_customer_name", abort: true })
    .max(200, "use_at_most:200")
    .refine((name) => customerNameKey(name) !== "", "name_needs_letters"),
  aliases: z.preprocess(
    listOf(/\r?\n|\r/),
    z
      .array(z.string().max(200, "alias_too_long"))
      .max(50, "too_many_aliases")
      .transform((aliases) => [...new Set(aliases)])
      // Never used (an absent list is empty already): it makes the field optional in the input type.
      .default([]),
  ),
  contactEmails: z.preprocess(
    listOf(/[\s,;]+/),
    z
      .array(z.string())
      .min(1, "enter_contact_email")
      .max(20, "too_many_contact_addresses")
      .superRefine((addresses, context) => {
        // One message per wrong address, naming it (a business contact's address, told back to the staff
        // member who typed it).
        for (const address of addresses.filter((a) => !email.safeParse(a).success)) {
          context.addIssue({ code: "custom", message: fieldError("contact_email_invalid", { address }) });
        }
      })
      .transform((addresses) => [...new Set(addresses.map((a) => a.toLowerCase()))]),
  ),
  agreementReference: optionalText(100),
  // An absent checkbox is false already; the default makes the field optional in the input type.
  active: z.preprocess(booleanFrom, z.boolean({ message: "true_or_false" }).default(false)),
  notes: optionalText(4000),
  /**
   * The language of the emails to its privacy contacts: the form's choice, or a CSV cell in any case
   * (empty is English).
   */
  locale: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v === null ? undefined : v),
    z.enum(Locale, { message: "choose_en_or_zh" }).default("en"),
  ),
});

export type CustomerFields = z.infer<typeof customerFieldsSchema>;
