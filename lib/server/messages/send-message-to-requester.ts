import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { staffEvent } from "@/lib/server/audit/staff-event";
import type { LockedCase } from "@/lib/server/cases/change-case";
import type { Tx } from "@/lib/db/client";
import { pauseClockInTransaction } from "@/lib/server/deadlines/pause-case-clock";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";

export const sendMessageSchema = z.object({
  caseId: z.string().uuid("Unknown case."),
  body: z.string().trim().min(1, "Write the message.").max(4000, "Keep the message under 4000 characters."),
  /** Asking the requester for information stops the clock (or, for UK identity proof, will restart it). */
  asksFor: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["CLARIFICATION", "IDENTITY"], { message: "Say what you need: a clarification or proof of identity." }).optional(),
  ),
  expectedVersion: z.coerce.number().int().positive().optional(),
});

/**
 * Staff write to the requester: the message appears on the status page and an email says so (without
 * the message). Asking for information stops the legal clock where the regime allows it.
 */
export function sendMessageToRequester(input: unknown, actor: Actor, now = new Date()) {
  return changeCase(
    {
      actor,
      action: isAskingFor(input) ? "requestInformation" : "messageRequester",
      schema: sendMessageSchema,
      input,
    },
    async ({ tx, data, found }) => {
      if (found.status === "CLOSED" || found.status === "UNVERIFIED") {
        throw new AppError("CONFLICT", "Messages can only be sent on open, confirmed requests.");
      }
      const message = await tx.caseMessage.create({
        data: { caseId: found.id, author: "STAFF", staffId: actor.id, body: data.body, createdAt: now },
      });
      await recordAuditEvent(tx, {
        type: "message.to_requester",
        ...staffEvent(actor),
        caseId: found.id,
        data: { messageId: message.id, asksFor: data.asksFor ?? null },
      });
      const deadline = data.asksFor ? await awaitRequester(tx, found, data.asksFor, actor, now) : undefined;
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

function isAskingFor(input: unknown): boolean {
  if (typeof input !== "object" || input === null) return false;
  const asksFor = (input as { asksFor?: unknown }).asksFor;
  return asksFor !== undefined && asksFor !== null && asksFor !== "";
}

/**
 * Asking for information sets the case to AWAITING_REQUESTER. The clock stops where the regime allows
 * it (EDPB 01/2022 §161) and, for UK identity proof, restarts on the answer; under CCPA it keeps running.
 */
async function awaitRequester(tx: Tx, found: LockedCase, kind: "CLARIFICATION" | "IDENTITY", actor: Actor, now: Date) {
  const policy = policyOfCase(found.policy);
  if (policy.clockStops || (kind === "IDENTITY" && policy.identityRestart)) {
    return pauseClockInTransaction(tx, found, kind, actor, now);
  }
  await tx.case.update({ where: { id: found.id }, data: { status: "AWAITING_REQUESTER" } });
  return undefined;
}
