import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { deadlinePolicySchema, isValidTimeZone, REGIMES, type DeadlinePolicy } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { ensureDeadlinePolicies, loadCalendars } from "@/lib/server/deadlines/policy-store";
import { fieldErrorsOf } from "@/lib/server/parse-input";
import { changedFields } from "./changed-fields";

/** Form values arrive as text: a number field may be empty, a checkbox is "on" or absent. */
const numberOrEmpty = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? null : Number(value)) : (value ?? null);
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const policyForm = z
  .object({
    regime: z.enum(REGIMES, { message: "Choose a regime." }),
    timeZone: z
      .string({ message: "Enter a time zone." })
      .trim()
      .min(1, "Enter a time zone, such as Europe/Dublin.")
      .refine(isValidTimeZone, "Unknown time zone: use an IANA name such as Europe/Dublin or Asia/Shanghai.")
      // Stored as the canonical name ("europe/dublin" becomes "Europe/Dublin").
      .transform((zone) => new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone),
    calendar: z
      .string({ message: "Enter a calendar." })
      .trim()
      .min(1, "Enter a calendar id, such as IE, GB-ENG, US-CA, CN or WEEKDAYS."),
    rule: z.object({
      unit: z.enum(["MONTHS", "CALENDAR_DAYS", "WORKING_DAYS"], { message: "Choose how the period is counted." }),
      length: z.preprocess(numberOrEmpty, z.unknown()),
      extension: z.preprocess(numberOrEmpty, z.unknown()),
      receiptIsDayOne: checkbox,
      rollForward: checkbox,
    }),
    clockStops: checkbox,
    identityRestart: checkbox,
    acknowledgementBusinessDays: z.preprocess(numberOrEmpty, z.unknown()),
    source: z
      .string({ message: "Say where the rule comes from." })
      .trim()
      .min(5, "Say where the rule comes from (the law, guidance or company policy).")
      .max(300, "At most 300 characters."),
  })
  // The stored shape, checked by the same schema every case snapshot is read with.
  .transform(({ rule, ...policy }): unknown => ({
    ...policy,
    rule: rule.unit === "CALENDAR_DAYS" ? rule : { unit: rule.unit, length: rule.length, extension: rule.extension },
  }))
  .pipe(deadlinePolicySchema);

/** Plain words for the generic checks of the domain schema (its own refinements keep their messages). */
function friendlyMessage(issue: { code: string; minimum?: unknown; maximum?: unknown }): string | undefined {
  if (issue.code === "invalid_type") return "Enter a whole number.";
  if (issue.code === "too_small") return `At least ${String(issue.minimum)}.`;
  if (issue.code === "too_big") return `At most ${String(issue.maximum)}.`;
  return undefined;
}

const FIELDS = [
  "timeZone",
  "calendar",
  "rule",
  "clockStops",
  "identityRestart",
  "acknowledgementBusinessDays",
  "source",
] as const satisfies readonly (keyof DeadlinePolicy)[];

/**
 * An administrator changes a regime's deadline policy. It applies to requests received from then on:
 * each case keeps the snapshot it was opened with, so no existing due date moves. The calendar must be
 * one the app can count with (built-in, a schedule kept as data, or the public-holiday library's).
 * The audit event records each changed value before and after.
 */
export async function updateDeadlinePolicy(input: unknown, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "Only administrators can change settings.");
  const parsed = policyForm.safeParse(input, { error: friendlyMessage });
  if (!parsed.success) throw new AppError("VALIDATION", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const policy = parsed.data;
  return db().$transaction(async (tx) => {
    try {
      (await loadCalendars(tx)).get(policy.calendar);
    } catch {
      throw new AppError("VALIDATION", "Check the highlighted fields.", {
        calendar: [
          `Unknown calendar ${policy.calendar}: use WEEKDAYS, a calendar kept below (such as CN), or a country or region code such as IE, GB-ENG or US-CA.`,
        ],
      });
    }
    await ensureDeadlinePolicies(tx);
    // Two administrators saving at once: each change is recorded against the values it replaced.
    await tx.$queryRaw`SELECT regime FROM "DeadlinePolicy" WHERE regime = ${policy.regime}::"Regime" FOR UPDATE`;
    const row = await tx.deadlinePolicy.findUniqueOrThrow({ where: { regime: policy.regime } });
    const before = deadlinePolicySchema.parse(row);
    const changes = changedFields(FIELDS, before, policy);
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    const { regime, ...values } = policy;
    await tx.deadlinePolicy.update({ where: { regime }, data: values });
    await recordAuditEvent(tx, {
      type: "settings.deadline_policy_updated",
      ...staffEvent(actor),
      data: { regime, changes },
    });
    return { changed: Object.keys(changes) };
  });
}
