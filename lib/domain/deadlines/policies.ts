import { z } from "zod";
import { Regime } from "@/lib/db/generated/enums";
import { isLocalDate, isValidTimeZone } from "./local-date";

/** The regimes of the database enum (prisma/schema.prisma), in its order. */
export const REGIMES: readonly Regime[] = Object.values(Regime);
export type RegimeCode = Regime;

/**
 * How a regime counts. Stored per regime in the database (admins may edit it) and copied onto each case
 * when it is opened, so a later change of policy never moves an existing case's deadline.
 */
export const deadlineRuleSchema = z.discriminatedUnion("unit", [
  z.object({
    /** Calendar months: same day number, clamped to the month's end, then rolled past non-working days. */
    unit: z.literal("MONTHS"),
    length: z.number().int().min(1).max(12),
    /** Further months an extension adds (0: no extension). */
    extension: z.number().int().min(0).max(12),
  }),
  z.object({
    /** Calendar days from the receipt date; with receiptIsDayOne the day of receipt counts as day 1. */
    unit: z.literal("CALENDAR_DAYS"),
    length: z.number().int().min(1).max(365),
    extension: z.number().int().min(0).max(365),
    receiptIsDayOne: z.boolean(),
    /** Move a due date on a non-working day to the next working day. */
    rollForward: z.boolean(),
  }),
  z.object({
    /** Working days of the calendar, counted from the day after receipt. */
    unit: z.literal("WORKING_DAYS"),
    length: z.number().int().min(1).max(365),
    extension: z.number().int().min(0).max(365),
  }),
]);

export const deadlinePolicySchema = z.object({
  regime: z.enum(REGIMES),
  timeZone: z.string().refine(isValidTimeZone, "unknown time zone"),
  /** Working-day calendar id: "IE", "GB-ENG", "US-CA", "CN" (official schedule) or "WEEKDAYS". */
  calendar: z.string().min(2),
  rule: deadlineRuleSchema,
  /** Days waiting for the requester's information stop the clock. */
  clockStops: z.boolean(),
  /** Receiving asked-for identity proof restarts the clock from that day (UK GDPR, ICO guidance). */
  identityRestart: z.boolean(),
  /** Business days to acknowledge receipt, where the regime requires it (CCPA: 10). */
  acknowledgementBusinessDays: z.number().int().min(1).max(60).nullable(),
  /** Where the rule comes from, shown to staff next to the deadline. */
  source: z.string(),
});

export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export type DeadlinePolicy = z.infer<typeof deadlinePolicySchema>;

/** The defaults seeded for each regime (docs/product-rules.md "Regime rules"). */
export const DEFAULT_POLICIES: Record<RegimeCode, DeadlinePolicy> = {
  EU_GDPR: {
    regime: "EU_GDPR",
    timeZone: "Europe/Dublin",
    calendar: "IE",
    rule: { unit: "MONTHS", length: 1, extension: 2 },
    clockStops: true,
    identityRestart: false,
    acknowledgementBusinessDays: null,
    source: "GDPR art. 12(3); EDPB Guidelines 01/2022 §§159-161; Reg. 1182/71",
  },
  UK_GDPR: {
    regime: "UK_GDPR",
    timeZone: "Europe/London",
    calendar: "GB-ENG",
    rule: { unit: "MONTHS", length: 1, extension: 2 },
    clockStops: true,
    identityRestart: true,
    acknowledgementBusinessDays: null,
    source: "UK GDPR art. 12(3); ICO right of access guidance (time limits)",
  },
  CN_PIPL: {
    regime: "CN_PIPL",
    timeZone: "Asia/Shanghai",
    calendar: "CN",
    rule: { unit: "WORKING_DAYS", length: 15, extension: 15 },
    clockStops: true,
    identityRestart: false,
    acknowledgementBusinessDays: null,
    source: "PIPL art. 50 (timely); company policy: 15 working days on the State Council calendar",
  },
  US_CA_CCPA: {
    regime: "US_CA_CCPA",
    timeZone: "America/Los_Angeles",
    calendar: "US-CA",
    rule: { unit: "CALENDAR_DAYS", length: 45, extension: 45, receiptIsDayOne: true, rollForward: false },
    clockStops: false,
    identityRestart: false,
    acknowledgementBusinessDays: 10,
    source: "Cal. Civ. Code §1798.130; 11 CCR §7021",
  },
  BR_LGPD: {
    regime: "BR_LGPD",
    timeZone: "America/Sao_Paulo",
    calendar: "WEEKDAYS",
    rule: { unit: "CALENDAR_DAYS", length: 15, extension: 0, receiptIsDayOne: false, rollForward: false },
    clockStops: true,
    identityRestart: false,
    acknowledgementBusinessDays: null,
    source: "LGPD art. 19, II",
  },
  DEFAULT: {
    regime: "DEFAULT",
    timeZone: "UTC",
    calendar: "WEEKDAYS",
    rule: { unit: "CALENDAR_DAYS", length: 30, extension: 30, receiptIsDayOne: false, rollForward: false },
    clockStops: true,
    identityRestart: false,
    acknowledgementBusinessDays: null,
    source: "Company privacy policy",
  },
};

export const localDateSchema = z.string().refine(isLocalDate, "invalid_date");
