import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import type { ClosureOutcome, DenialReason, Prisma } from "@/lib/db/generated/client";
import { localDateOf } from "@/lib/domain/deadlines";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";
import { cancelCaseTasks } from "@/lib/server/fulfilment/cancel-case-tasks";
import type { LockedCase } from "./change-case";

export interface Closure {
  outcome: ClosureOutcome;
  closureText: string;
  denialReason?: DenialReason;
  duplicateOfId?: string;
}

/**
 * Writes a locked case's closure: the outcome, no more reminders, an open clock stop ends today, and tasks
 * still unfinished (a denial, a duplicate, a transfer; never a resolution, which waits for them) no longer
 * apply. The caller records the audit event (staff through closeCase; a customer's answer records its own).
 */
export async function applyClosure(tx: Tx, found: LockedCase, closure: Closure, now: Date) {
  if (found.clockPausedAt) {
    const toDate = localDateOf(now, policyOfCase(found.policy).timeZone);
    await tx.clockStop.updateMany({ where: { caseId: found.id, toDate: null }, data: { toDate, endedAt: now } });
  }
  await tx.case.update({
    where: { id: found.id },
    data: {
      status: "CLOSED",
      outcome: closure.outcome,
      closedAt: now,
      closureText: closure.closureText,
      denialReason: closure.denialReason ?? null,
      duplicateOfId: closure.duplicateOfId ?? null,
      clockPausedAt: null,
      nextReminderAt: null,
    },
  });
  await cancelCaseTasks(tx, found.id, "closed", null, now);
}

/**
 * Closes a locked case with its outcome as a staff action; the audit event records the outcome codes
 * (the text for the requester stays on the case, not in the trail) and any codes the caller adds.
 */
export async function closeCase(
  tx: Tx,
  found: LockedCase,
  closure: Closure,
  actor: Actor,
  now: Date,
  extra: Prisma.InputJsonObject = {},
) {
  await applyClosure(tx, found, closure, now);
  await recordAuditEvent(tx, {
    type: "case.closed",
    ...staffEvent(actor),
    caseId: found.id,
    data: {
      changes: { status: { from: found.status, to: "CLOSED" }, outcome: { from: found.outcome, to: closure.outcome } },
      denialReason: closure.denialReason ?? null,
      duplicateOfId: closure.duplicateOfId ?? null,
      closureText: "stored on the case",
      ...extra,
    },
  });
}
