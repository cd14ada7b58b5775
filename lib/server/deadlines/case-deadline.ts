import "server-only";
import { taskLinkExpiry } from "@/lib/domain/fulfilment/task-clock";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { computeDeadline, endOfLocalDay, type ClockStop, type DeadlineResult } from "@/lib/domain/deadlines";
import { loadCalendars, policyOfCase } from "./policy-store";

/**
 * Recomputes a case's deadline from its policy snapshot, receipt, clock stops, identity restarts and
 * extension, and stores the result on the case. Called inside the transaction of every change that
 * moves the clock.
 */
export async function recomputeCaseDeadline(tx: Tx, caseId: string, now: Date): Promise<DeadlineResult> {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { receivedAt: true, policy: true, extendedAt: true, clockStops: { orderBy: { startedAt: "asc" } } },
  });
  const policy = policyOfCase(found.policy);
  const stops: ClockStop[] = [];
  const restarts: string[] = [];
  for (const stop of found.clockStops) {
    // UK GDPR: identity proof restarts the clock on the day it arrives instead of stopping it.
    if (stop.kind === "IDENTITY" && policy.identityRestart) {
      if (stop.toDate) restarts.push(stop.toDate);
      else stops.push({ from: stop.fromDate }); // awaiting proof: the clock stands still meanwhile
    } else {
      stops.push({ from: stop.fromDate, to: stop.toDate ?? undefined });
    }
  }
  const result = computeDeadline(
    { policy, receivedAt: found.receivedAt, stops, restarts, extended: found.extendedAt !== null, asOf: now },
    await loadCalendars(tx),
  );
  await tx.case.update({ where: { id: caseId }, data: deadlineColumns(result) });
  // Task links expire with the case: a later due date (an extension, a clock stop) carries its open tasks'
  // live links along; an earlier one never cuts a link short.
  const linkExpiry = taskLinkExpiry(result.dueAt);
  await tx.fulfilmentTask.updateMany({
    where: { caseId, state: "OPEN", linkRevokedAt: null, linkExpiresAt: { lt: linkExpiry } },
    data: { linkExpiresAt: linkExpiry },
  });
  return result;
}

export const FIRST_REMINDER_DAYS = 7;

/** The case columns that hold a computed deadline. */
export function deadlineColumns(result: DeadlineResult) {
  return {
    dueAt: result.dueAt,
    // A new due date starts the reminders over (the sweep sends what is already due at once).
    nextReminderAt: new Date(result.dueAt.getTime() - FIRST_REMINDER_DAYS * 86_400_000),
    dueDate: result.dueDate,
    originalDueAt: result.originalDueAt,
    acknowledgementDueAt: result.acknowledgementDueDate
      ? endOfLocalDay(result.acknowledgementDueDate, result.timeZone)
      : null,
  } satisfies Prisma.CaseUpdateInput;
}
