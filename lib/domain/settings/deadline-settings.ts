import { z } from "zod";
import { isValidTimeZone } from "@/lib/domain/deadlines/local-date";
import { deadlinePolicySchema, REGIMES } from "@/lib/domain/deadlines/policies";

/** The deadline settings page's forms (browser and use-cases): one regime's policy, and a calendar year. */
const wholeNumber = (min: number, max: number) =>
  z
    .number({ message: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(min, `At least ${min}.`)
    .max(max, `At most ${max}.`);
/** A checkbox: ticked, or absent from the form. */
const ticked = z.boolean().default(false);
const MAX_MONTHS = 12;

export const deadlinePolicyFormSchema = z
  .object({
    regime: z.enum(REGIMES, { message: "Choose a regime." }),
    timeZone: z
      .string({ message: "Enter a time zone, such as Europe/Dublin." })
      .trim()
      .min(1, "Enter a time zone, such as Europe/Dublin.")
      .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as Europe/Dublin or Asia/Shanghai.")
      // Stored as the canonical name ("europe/dublin" becomes "Europe/Dublin").
      .transform((zone) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone),
    calendar: z
      .string({ message: "Enter a calendar id, such as IE, GB-ENG, US-CA, CN or WEEKDAYS." })
      .trim()
      .min(2, "Enter a calendar id, such as IE, GB-ENG, US-CA, CN or WEEKDAYS."),
    rule: z
      .object({
        unit: z.enum(["MONTHS", "CALENDAR_DAYS", "WORKING_DAYS"], { message: "Choose how the period is counted." }),
        length: wholeNumber(1, 365),
        extension: wholeNumber(0, 365),
        receiptIsDayOne: ticked,
        rollForward: ticked,
      })
      .superRefine((rule, ctx) => {
        if (rule.unit !== "MONTHS") return;
        for (const key of ["length", "extension"] as const)
          if (rule[key] > MAX_MONTHS) ctx.addIssue({ code: "custom", path: [key], message: `At most ${MAX_MONTHS}.` });
      }),
    clockStops: ticked,
    identityRestart: ticked,
    /** Empty: the regime sets no time to acknowledge receipt. */
    acknowledgementBusinessDays: wholeNumber(1, 60)
      .nullish()
      .transform((days) => days ?? null),
    source: z
      .string({ message: "Say where the rule comes from (the law, guidance or company policy)." })
      .trim()
      .min(5, "Say where the rule comes from (the law, guidance or company policy).")
      .max(300, "At most 300 characters."),
  })
  // The stored shape (only calendar days count the receipt day or roll), checked by the same schema
  // every case snapshot is read with.
  .transform(({ rule, ...policy }): unknown => ({
    ...policy,
    rule: rule.unit === "CALENDAR_DAYS" ? rule : { unit: rule.unit, length: rule.length, extension: rule.extension },
  }))
  .pipe(deadlinePolicySchema);

const MAX_SCHEDULE_LENGTH = 100_000;

/** One year of an official schedule, pasted as the JSON `npm run calendar:add` takes (the use-case reads it). */
export const calendarYearFormSchema = z.object({
  schedule: z
    .string({ message: "Paste one year of the schedule as JSON." })
    .trim()
    .min(1, "Paste one year of the schedule as JSON.")
    .max(MAX_SCHEDULE_LENGTH, `At most ${MAX_SCHEDULE_LENGTH} characters.`),
});
