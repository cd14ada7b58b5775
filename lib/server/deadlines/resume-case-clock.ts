import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { compareDates, localDateOf } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { bumpCaseVersion, lockCase } from "@/lib/server/cases/lock-case";
import { recomputeCaseDeadline } from "./case-deadline";
import { rethrowCalendarError } from "./calendar-error";
import { policyOfCase } from "./policy-store";

export const resumeCaseClockSchema = z.object({
  caseId: z.string().uuid("Unknown case."),
  /** When the answer arrived (it may have come by email or post before it was recorded). */
  answeredAt: z.coerce.date({ message: "Enter when the answer arrived." }).optional(),
  expectedVersion: z.number().int().positive().optional(),
});

/**
 * The awaited information arrived: the clock runs again. The days from asking to answering, both
 * included, are added to the deadline; under UK GDPR identity proof restarts the clock from that day.
 */
export async function resumeCaseClock(input: unknown, actor: Actor, now = new Date()) {
  if (!can(actor.role, "cases:work")) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  const parsed = resumeCaseClockSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid request.", z.flattenError(parsed.error).fieldErrors);
  const { caseId, expectedVersion } = parsed.data;
  const answeredAt = parsed.data.answeredAt ?? now;
  if (answeredAt.getTime() > now.getTime()) {
    throw new AppError("VALIDATION", "Invalid request.", { answeredAt: ["The answer cannot arrive in the future."] });
  }
  try {
    return await db().$transaction(async (tx) => {
      const found = await lockCase(tx, caseId, expectedVersion);
      const open = await tx.clockStop.findFirst({ where: { caseId, toDate: null } });
      if (!open || !found.clockPausedAt) throw new AppError("CONFLICT", "The clock is not stopped.");
      const policy = policyOfCase(found.policy);
      const toDate = localDateOf(answeredAt, policy.timeZone);
      if (compareDates(toDate, open.fromDate) < 0) {
        throw new AppError("VALIDATION", "Invalid request.", {
          answeredAt: ["The answer cannot arrive before it was asked for."],
        });
      }
      await tx.clockStop.update({ where: { id: open.id }, data: { toDate, endedAt: answeredAt } });
      await tx.case.update({
        where: { id: caseId },
        data: { clockPausedAt: null, status: found.status === "AWAITING_REQUESTER" ? "IN_PROGRESS" : found.status },
      });
      const deadline = await recomputeCaseDeadline(tx, caseId, now);
      const version = await bumpCaseVersion(tx, caseId);
      const restarted = open.kind === "IDENTITY" && policy.identityRestart;
      await recordAuditEvent(tx, {
        type: restarted ? "deadline.clock_restarted" : "deadline.clock_resumed",
        actorKind: "STAFF",
        actorId: actor.id,
        caseId,
        data: { kind: open.kind, fromDate: open.fromDate, toDate, dueDate: deadline.dueDate },
      });
      return { version, deadline };
    });
  } catch (error) {
    rethrowCalendarError(error);
  }
}
