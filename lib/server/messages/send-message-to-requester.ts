import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { sendMessageSchema } from "@/lib/domain/cases/case-forms";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { staffEvent } from "@/lib/server/audit/staff-event";
import type { LockedCase } from "@/lib/server/cases/change-case";
import type { Tx } from "@/lib/db/client";
import { pauseClockInTransaction } from "@/lib/server/deadlines/pause-case-clock";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";

/**
 * Staff write to the requester: the message appears on the status page and an email says so (without
 * the message). Asking for information stops the legal clock where the regime allows it.
 */
export function sendMessageToRequester(input: z.input<typeof sendMessageSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    {
      actor,
      action: input.asksFor ? "requestInformation" : "messageRequester",
      schema: sendMessageSchema,
      input,
    },
    async ({ tx, data, found }) => {
      if (found.status === "CLOSED" || found.status === "UNVERIFIED") {
        throw new AppError("CONFLICT", "problems.messagesOnOpenConfirmed");
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
