import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { recordAnswerSchema } from "@/lib/domain/cases/case-forms";
import { compareDates, localDateOf } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase, type LockedCase } from "@/lib/server/cases/change-case";
import { recomputeCaseDeadline } from "./case-deadline";
import { policyOfCase } from "./policy-store";

const invalid = (message: string) => new AppError("VALIDATION", "problems.checkFields", { answeredAt: [message] });

/**
 * Ends the open clock stop of a locked case on the day the answer arrived, sets the case back to work,
 * recomputes the deadline and audits it. The days from asking to answering, both included, are added
 * to the deadline; under UK GDPR identity proof restarts the clock from that day. Shared by staff
 * recording an answer and the requester replying on the status page.
 */
export async function endClockStop(
  tx: Tx,
  found: LockedCase,
  answeredAt: Date,
  now: Date,
  actor: { kind: "STAFF" | "REQUESTER"; id?: string },
) {
  if (answeredAt.getTime() > now.getTime()) throw invalid("answer_in_future");
  const open = await tx.clockStop.findFirst({ where: { caseId: found.id, toDate: null } });
  if (!open || !found.clockPausedAt) throw new AppError("CONFLICT", "problems.clockNotStopped");
  const policy = policyOfCase(found.policy);
  const toDate = localDateOf(answeredAt, policy.timeZone);
  if (compareDates(toDate, open.fromDate) < 0) throw invalid("answer_before_asked");
  await tx.clockStop.update({ where: { id: open.id }, data: { toDate, endedAt: answeredAt } });
  await tx.case.update({
    where: { id: found.id },
    data: { clockPausedAt: null, status: found.status === "AWAITING_REQUESTER" ? "IN_PROGRESS" : found.status },
  });
  const deadline = await recomputeCaseDeadline(tx, found.id, now);
  const restarted = open.kind === "IDENTITY" && policy.identityRestart;
  await recordAuditEvent(tx, {
    type: restarted ? "deadline.clock_restarted" : "deadline.clock_resumed",
    actorKind: actor.kind,
    actorId: actor.id ?? null,
    caseId: found.id,
    data: { kind: open.kind, fromDate: open.fromDate, toDate, dueDate: deadline.dueDate },
  });
  return deadline;
}

/**
 * Staff record that the awaited information arrived (by email, post or phone): the case is worked
 * again, and where the clock had stopped it runs again. Under regimes whose clock never stops (CCPA)
 * only the status changes.
 */
export function resumeCaseClock(input: z.input<typeof recordAnswerSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, action: "recordAnswer", schema: recordAnswerSchema, input },
    async ({ tx, data, found }) => {
      const answeredAt = data.answeredAt ?? now;
      if (found.clockPausedAt) {
        return { deadline: await endClockStop(tx, found, answeredAt, now, { kind: "STAFF", id: actor.id }) };
      }
      if (answeredAt.getTime() > now.getTime()) throw invalid("answer_in_future");
      await tx.case.update({ where: { id: found.id }, data: { status: "IN_PROGRESS" } });
      await recordAuditEvent(tx, {
        type: "case.answer_recorded",
        ...staffEvent(actor),
        caseId: found.id,
        data: { clockStopped: false },
      });
      return { deadline: undefined };
    },
  );
}
