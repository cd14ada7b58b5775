import "server-only";
import { db } from "@/lib/db/client";
import { maskEmail, maskName } from "@/lib/domain/cases/masking";
import { openAnswers, routingApplies } from "@/lib/domain/routing/routing-answers";
import { routingForToken } from "./routing-for-token";

/**
 * What a customer's contact sees behind their link, and nothing more: the reference, type and details,
 * the requester masked (the contact reveals them when they act on it, audited:
 * reveal-routing-requester.ts), the language to answer in, and our dates. Once the routing no longer
 * applies (the case reopened or withdrawn), only that it no longer waits for them.
 */
export async function customerRoutingView(token: unknown, now = new Date()) {
  const routing = await routingForToken(db(), token, now);
  const found = await db().case.findUniqueOrThrow({
    where: { id: routing.caseId },
    select: {
      reference: true,
      status: true,
      outcome: true,
      type: true,
      details: true,
      relationship: true,
      receivedAt: true,
      dueDate: true,
      requester: { select: { name: true, email: true, locale: true } },
    },
  });
  const customer = await db().cloudCustomer.findUniqueOrThrow({
    where: { id: routing.customerId },
    select: { name: true },
  });
  const applies = routingApplies(found);
  return {
    customerName: customer.name,
    reference: found.reference,
    applies,
    request: applies
      ? {
          type: found.type,
          details: found.details as Record<string, unknown>,
          onBehalfOfSomeoneElse: found.relationship !== "SELF",
          requester: {
            maskedName: maskName(found.requester.name),
            maskedEmail: maskEmail(found.requester.email),
            locale: found.requester.locale,
          },
          receivedAt: found.receivedAt,
          ourDueDate: found.dueDate,
        }
      : null,
    answers: openAnswers(routing, found),
    routing: {
      state: routing.state,
      sentAt: routing.sentAt,
      acknowledgedAt: routing.acknowledgedAt,
      respondedAt: routing.respondedAt,
      expiresAt: routing.expiresAt,
    },
  };
}

export type CustomerRoutingView = Awaited<ReturnType<typeof customerRoutingView>>;
