import { z } from "zod";
import { isValidTimeZone } from "@/lib/domain/deadlines/local-date";
import { deadlinePolicySchema, REGIMES } from "@/lib/domain/deadlines/policies";

/** The deadline settings page's forms (browser and use-cases): one regime's policy, and a calendar year. */
const wholeNumber = (min: number, max: number) =>
  z.number({ message: "whole_number" }).int("whole_number").min(min, `at_least:${min}`).max(max, `at_most:${max}`);
/** A checkbox: ticked, or absent from the form. */
const ticked = z.boolean().default(false);
const MAX_MONTHS = 12;

export const deadlinePolicyFormSchema = z
  .object({
    regime: z.enum(REGIMES, { message: "choose_regime" }),
    timeZone: z
      .string({ message: "enter_time_zone" })
      .trim()
      .min(1, "enter_time_zone")
      .refine(isValidTimeZone, "unknown_time_zone")
      // Stored as the canonical name ("europe/dublin" becomes "Europe/Dublin").
      .transform((zone) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone),
    calendar: z.string({ message: "enter_calendar_id" }).trim().min(2, "enter_calendar_id"),
    rule: z
      .object({
        unit: z.enum(["MONTHS", "CALENDAR_DAYS", "WORKING_DAYS"], { message: "choose_period_unit" }),
        length: wholeNumber(1, 365),
        extension: wholeNumber(0, 365),
        receiptIsDayOne: ticked,
        rollForward: ticked,
      })
      .superRefine((rule, ctx) => {
        if (rule.unit !== "MONTHS") return;
        for (const key of ["length", "extension"] as const)
          if (rule[key] > MAX_MONTHS) ctx.addIssue({ code: "custom", path: [key], message: `at_most:${MAX_MONTHS}` });
      }),
    clockStops: ticked,
    identityRestart: ticked,
    /** Empty: the regime sets no time to acknowledge receipt. */
    acknowledgementBusinessDays: wholeNumber(1, 60)
      .nullish()
      .transform((days) => days ?? null),
    source: z
      .string({ message: "say_rule_source" })
      .trim()
      .min(5, "say_rule_source")
      .max(300, "at_most_characters:300"),
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
    .string({ message: "paste_schedule" })
    .trim()
    .min(1, "paste_schedule")
    .max(MAX_SCHEDULE_LENGTH, `at_most_characters:${MAX_SCHEDULE_LENGTH}`),
});
