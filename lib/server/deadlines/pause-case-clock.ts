import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { localDateOf } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { bumpCaseVersion, lockCase } from "@/lib/server/cases/lock-case";
import { recomputeCaseDeadline } from "./case-deadline";
import { rethrowCalendarError } from "./calendar-error";
import { policyOfCase } from "./policy-store";

export const pauseCaseClockSchema = z.object({
  caseId: z.string().uuid("Unknown case."),
  kind: z.enum(["CLARIFICATION", "IDENTITY"], { message: "Say what is awaited: a clarification or identity proof." }),
  expectedVersion: z.number().int().positive().optional(),
});

/**
 * Stops the legal clock while information asked of the requester is awaited (EDPB 01/2022 §161; for
 * UK GDPR identity proof, the clock will restart when it arrives). Refused where the regime's clock
 * does not stop (US_CA_CCPA: 11 CCR §7021).
 */
export async function pauseCaseClock(input: unknown, actor: Actor, now = new Date()) {
  if (!can(actor.role, "cases:work")) throw new AppError("FORBIDDEN", "Your role does not allow this.");
  const parsed = pauseCaseClockSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid request.", z.flattenError(parsed.error).fieldErrors);
  const { caseId, kind, expectedVersion } = parsed.data;
  try {
    return await db().$transaction(async (tx) => {
      const found = await lockCase(tx, caseId, expectedVersion);
      const policy = policyOfCase(found.policy);
      if (found.status === "CLOSED") throw new AppError("CONFLICT", "The case is closed.");
      if (found.clockPausedAt) throw new AppError("CONFLICT", "The clock is already stopped.");
      const restarts = kind === "IDENTITY" && policy.identityRestart;
      if (!policy.clockStops && !restarts) {
        throw new AppError("CONFLICT", `The clock does not stop under ${found.regime} (${policy.source}).`);
      }
      const fromDate = localDateOf(now, policy.timeZone);
      await tx.clockStop.create({ data: { caseId, kind, fromDate, startedAt: now } });
      await tx.case.update({
        where: { id: caseId },
        data: {
          clockPausedAt: now,
          status: found.status === "NEW" || found.status === "IN_PROGRESS" ? "AWAITING_REQUESTER" : found.status,
        },
      });
      const deadline = await recomputeCaseDeadline(tx, caseId, now);
      const version = await bumpCaseVersion(tx, caseId);
      await recordAuditEvent(tx, {
        type: "deadline.clock_paused",
        actorKind: "STAFF",
        actorId: actor.id,
        caseId,
        data: { kind, fromDate },
      });
      return { version, deadline };
    });
  } catch (error) {
    rethrowCalendarError(error);
  }
}
