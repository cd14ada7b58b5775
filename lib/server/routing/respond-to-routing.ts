import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import type { RoutingState } from "@/lib/db/generated/enums";
import { openAnswers, routingApplies } from "@/lib/domain/routing/routing-answers";
import { respondToRoutingSchema } from "@/lib/domain/routing/routing-response";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { applyClosure } from "@/lib/server/cases/close-case";
import { lockCase } from "@/lib/server/cases/lock-case";
import { parseInput } from "@/lib/server/parse-input";
import { INVALID_ROUTING_LINK, routingForToken } from "./routing-for-token";

const NEXT_STATE = {
  ACKNOWLEDGE: "ACKNOWLEDGED",
  COMPLETE: "COMPLETED_BY_CONTROLLER",
  DECLINE: "DECLINED_BY_CONTROLLER",
} as const;

/** Why an answer is refused, once the case is locked; nothing is written. */
function refusal(
  response: keyof typeof NEXT_STATE,
  routing: { state: RoutingState; revokedAt: Date | null },
  found: { status: string; outcome: string | null },
): AppError {
  // Revoked meanwhile (a re-send, a revocation, the case reopened): the same answer as any dead link.
  if (routing.revokedAt) return new AppError("NOT_FOUND", INVALID_ROUTING_LINK);
  if (!routingApplies(found)) {
    return new AppError("CONFLICT", "problems.routingNothingRecorded");
  }
  if (response === "DECLINE" && found.status === "CLOSED") {
    // Staff closed it as transferred meanwhile: a decline must not reopen it behind their back.
    return new AppError("CONFLICT", "problems.routingClosedAsDelivered");
  }
  return new AppError("CONFLICT", `problems.routingAnswered.${routing.state}`);
}

/**
 * The customer answers through their link. Acknowledging (or reporting completion) closes our case as
 * TRANSFERRED_TO_CONTROLLER; declining sends it back to staff (IN_PROGRESS) with an alert. Each answer is
 * audited, reflected on the case and the requester's status page, and the requester is told. Only the
 * answers `openAnswers` allows now: a late answer on a routing that no longer applies is refused.
 */
export async function respondToRouting(input: z.input<typeof respondToRoutingSchema>, now = new Date()) {
  const data = parseInput(respondToRoutingSchema, input);
  return db().$transaction(async (tx) => {
    const routing = await routingForToken(tx, data.token, now);
    const found = await lockCase(tx, routing.caseId);
    const current = await tx.customerRouting.findUniqueOrThrow({
      where: { id: routing.id },
      include: { customer: true },
    });
    // Checked under the case's lock, against the routing and the case as they are now: a link whose
    // routing no longer applies (reopened, withdrawn, answered) changes nothing.
    if (!openAnswers(current, found).includes(data.response)) throw refusal(data.response, current, found);
    const state = NEXT_STATE[data.response];
    await tx.customerRouting.update({
      where: { id: routing.id },
      data: {
        state,
        // Reporting completion implies acknowledgement; a decline is a response, not an acknowledgement.
        acknowledgedAt: data.response === "DECLINE" ? null : (current.acknowledgedAt ?? now),
        respondedAt: data.response === "ACKNOWLEDGE" ? null : now,
        declineReason: data.response === "DECLINE" ? data.declineReason : null,
        responseNote: data.note ?? null,
        // Answered: nothing left for the routing clock (its sweep reads only pending rows).
        remindAt: null,
        escalateAt: null,
      },
    });
    const closes = data.response !== "DECLINE" && found.status !== "CLOSED";
    if (closes) {
      const closureText = `Delivered to ${current.customer.name}, who decides on it.`;
      await applyClosure(tx, found, { outcome: "TRANSFERRED_TO_CONTROLLER", closureText }, now);
    }
    await tx.case.update({
      where: { id: found.id },
      data: {
        routingState: state,
        version: { increment: 1 },
        ...(data.response === "DECLINE" ? { status: "IN_PROGRESS" } : {}),
      },
    });
    await recordAuditEvent(tx, {
      type: `routing.${data.response.toLowerCase()}`,
      actorKind: "CUSTOMER",
      caseId: found.id,
      data: {
        routingId: routing.id,
        customerId: current.customerId,
        declineReason: data.response === "DECLINE" ? data.declineReason : null,
        note: data.note ? "kept on the routing" : null,
        changes: closes
          ? { status: { from: found.status, to: "CLOSED" }, outcome: { from: null, to: "TRANSFERRED_TO_CONTROLLER" } }
          : data.response === "DECLINE"
            ? { status: { from: found.status, to: "IN_PROGRESS" } }
            : {},
      },
    });
    if (data.response !== "COMPLETE" || current.state === "SENT") {
      await enqueueEmail(tx, {
        template: "requester-routing-update",
        to: found.requester.email,
        locale: found.requester.locale,
        caseId: found.id,
        payload: { reference: found.reference, customerName: current.customer.name, state },
      });
    }
    if (data.response === "DECLINE") await alertStaff(tx, found, current.customer.name);
    return { state };
  });
}

async function alertStaff(
  tx: Tx,
  found: { id: string; reference: string; assigneeId: string | null },
  customerName: string,
) {
  const recipients = found.assigneeId
    ? await tx.user.findMany({
        where: { id: found.assigneeId, disabled: false },
        select: { email: true, locale: true },
      })
    : await tx.user.findMany({
        where: { role: "PRIVACY_OFFICER", disabled: false },
        select: { email: true, locale: true },
      });
  for (const user of recipients) {
    await enqueueEmail(tx, {
      template: "staff-routing-alert",
      to: user.email,
      locale: user.locale,
      caseId: found.id,
      payload: { reference: found.reference, caseId: found.id, customerName, reason: "DECLINED" },
    });
  }
}
