import { db } from "@/lib/db/client";
import { routingForToken } from "./routing-for-token";

/**
 * What a customer's contact sees behind their link, and nothing more: the reference, type and details,
 * the requester's name and email (given so the controller can answer them), and our dates.
 */
export async function customerRoutingView(token: unknown, now = new Date()) {
  const routing = await routingForToken(db(), token, now);
  const found = await db().case.findUniqueOrThrow({
    where: { id: routing.caseId },
    select: {
      reference: true,
      type: true,
      details: true,
      relationship: true,
      receivedAt: true,
      dueDate: true,
      requester: { select: { name: true, email: true, locale: true } },
    },
  });
  const customer = await db().cloudCustomer.findUniqueOrThrow({ where: { id: routing.customerId }, select: { name: true } });
  return {
    customerName: customer.name,
    reference: found.reference,
    type: found.type,
    details: found.details as Record<string, unknown>,
    onBehalfOfSomeoneElse: found.relationship !== "SELF",
    requester: found.requester,
    receivedAt: found.receivedAt,
    ourDueDate: found.dueDate,
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
