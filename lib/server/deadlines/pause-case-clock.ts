import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { localDateOf } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import type { LockedCase } from "@/lib/server/cases/change-case";
import { recomputeCaseDeadline } from "./case-deadline";
import { policyOfCase } from "./policy-store";

/**
 * Stops the clock of a locked case from today (EDPB 01/2022 §161; for UK GDPR identity proof, the clock
 * will restart when it arrives). Refused where the regime's clock does not stop (US_CA_CCPA:
 * 11 CCR §7021). Called when a message asks the requester for information.
 */
export async function pauseClockInTransaction(
  tx: Tx,
  found: LockedCase,
  kind: "CLARIFICATION" | "IDENTITY",
  actor: Actor,
  now: Date,
) {
  const policy = policyOfCase(found.policy);
  if (found.status === "CLOSED") throw new AppError("CONFLICT", "problems.caseClosed");
  if (found.clockPausedAt) throw new AppError("CONFLICT", "problems.clockAlreadyStopped");
  const restarts = kind === "IDENTITY" && policy.identityRestart;
  if (!policy.clockStops && !restarts) {
    throw new AppError("CONFLICT", "problems.clockDoesNotStop", undefined, {
      regime: found.regime,
      source: policy.source,
    });
  }
  const fromDate = localDateOf(now, policy.timeZone);
  await tx.clockStop.create({ data: { caseId: found.id, kind, fromDate, startedAt: now } });
  const awaiting = found.status === "NEW" || found.status === "IN_PROGRESS";
  await tx.case.update({
    where: { id: found.id },
    data: { clockPausedAt: now, status: awaiting ? "AWAITING_REQUESTER" : found.status },
  });
  const deadline = await recomputeCaseDeadline(tx, found.id, now);
  await recordAuditEvent(tx, {
    type: "deadline.clock_paused",
    ...staffEvent(actor),
    caseId: found.id,
    data: { kind, fromDate },
  });
  return deadline;
}
