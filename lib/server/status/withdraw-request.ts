import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { withdrawRequestSchema } from "@/lib/domain/status/status-page-forms";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockCase } from "@/lib/server/cases/lock-case";
import { cancelCaseTasks } from "@/lib/server/fulfilment/cancel-case-tasks";
import { parseInput } from "@/lib/server/parse-input";
import { caseIdForStatusToken } from "./case-for-status-token";

/** The requester withdraws their request from the status page: closed as WITHDRAWN, confirmed by email. */
export async function withdrawRequest(input: z.input<typeof withdrawRequestSchema>, now = new Date()): Promise<void> {
  const { token } = parseInput(withdrawRequestSchema, input);
  await db().$transaction(async (tx) => {
    const caseId = await caseIdForStatusToken(tx, token, now);
    const found = await lockCase(tx, caseId);
    if (found.status === "CLOSED") throw new AppError("CONFLICT", "problems.requestAlreadyClosed");
    await tx.case.update({
      where: { id: caseId },
      data: {
        status: "CLOSED",
        outcome: "WITHDRAWN",
        closedAt: now,
        clockPausedAt: null,
        nextReminderAt: null,
        version: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, {
      type: "case.withdrawn",
      actorKind: "REQUESTER",
      caseId,
      data: { from: found.status },
    });
    // The systems have nothing more to do for a withdrawn request.
    await cancelCaseTasks(tx, caseId, "closed", null, now);
    await enqueueEmail(tx, {
      template: "requester-withdrawn",
      to: found.requester.email,
      locale: found.requester.locale,
      caseId,
      payload: { reference: found.reference },
    });
  });
}
