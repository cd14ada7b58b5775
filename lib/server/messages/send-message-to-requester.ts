import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { pauseClockInTransaction } from "@/lib/server/deadlines/pause-case-clock";

export const sendMessageSchema = z.object({
  caseId: z.string().uuid("Unknown case."),
  body: z.string().trim().min(1, "Write the message.").max(4000, "Keep the message under 4000 characters."),
  /** Asking the requester for information stops the clock (or, for UK identity proof, will restart it). */
  asksFor: z.enum(["CLARIFICATION", "IDENTITY"]).optional(),
  expectedVersion: z.number().int().positive().optional(),
});

/**
 * Staff write to the requester: the message appears on the status page and an email says so (without
 * the message). Asking for information stops the legal clock where the regime allows it.
 */
export function sendMessageToRequester(input: unknown, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, permission: "cases:work", schema: sendMessageSchema, input },
    async ({ tx, data, found }) => {
      if (found.status === "CLOSED" || found.status === "UNVERIFIED") {
        throw new AppError("CONFLICT", "Messages can only be sent on open, confirmed requests.");
      }
      const message = await tx.caseMessage.create({
        data: { caseId: found.id, author: "STAFF", staffId: actor.id, body: data.body, createdAt: now },
      });
      await recordAuditEvent(tx, {
        type: "message.to_requester",
        actorKind: "STAFF",
        actorId: actor.id,
        caseId: found.id,
        data: { messageId: message.id, asksFor: data.asksFor ?? null },
      });
      const deadline = data.asksFor ? await pauseClockInTransaction(tx, found, data.asksFor, actor, now) : undefined;
      await enqueueEmail(tx, {
        template: "requester-new-message",
        to: found.requester.email,
        locale: found.requester.locale,
        caseId: found.id,
        payload: { reference: found.reference, answerNeeded: Boolean(data.asksFor) },
      });
      return { messageId: message.id, deadline };
    },
  );
}
