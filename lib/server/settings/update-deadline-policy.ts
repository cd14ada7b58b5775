import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { deadlinePolicySchema, type DeadlinePolicy } from "@/lib/domain/deadlines";
import { deadlinePolicyFormSchema } from "@/lib/domain/settings/deadline-settings";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { ensureDeadlinePolicies, loadCalendars } from "@/lib/server/deadlines/policy-store";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "./changed-fields";

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
export async function updateDeadlinePolicy(input: z.input<typeof deadlinePolicyFormSchema>, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "problems.adminsChangeSettings");
  const policy = parseInput(deadlinePolicyFormSchema, input);
  return db().$transaction(async (tx) => {
    try {
      (await loadCalendars(tx)).get(policy.calendar);
    } catch {
      throw new AppError("VALIDATION", "problems.checkFields", {
        calendar: ["unknown_calendar"],
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
