import "server-only";
import { db } from "@/lib/db/client";
import { forwardingTarget } from "@/lib/domain/routing/routing-clock";
import { listedContacts } from "@/lib/server/customers/listed-contacts";
import { caseCalendar, loadRoutingPolicy } from "./routing-policy";

/**
 * The routing part of the case page: the case's deliveries to customers with their clock, the
 * forwarding target while a confirmed customer is not yet sent the request, and the confirmed customer
 * with its listed privacy contacts: the only places the request may be sent (route-to-customer.ts).
 * The caller has already checked that the actor may see the case.
 */
export async function caseRoutingSummary(caseId: string) {
  const prisma = db();
  const found = await prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      status: true,
      policy: true,
      receivedAt: true,
      customerId: true,
      routingState: true,
      requester: { select: { emailVerifiedAt: true } },
    },
  });
  const [routings, customer, contacts, policy] = await Promise.all([
    prisma.customerRouting.findMany({
      where: { caseId },
      orderBy: { createdAt: "desc" },
      include: { customer: { select: { name: true } } },
    }),
    found.customerId
      ? prisma.cloudCustomer.findUnique({
          where: { id: found.customerId },
          select: { id: true, name: true, active: true },
        })
      : null,
    found.customerId ? listedContacts(prisma, found.customerId) : [],
    loadRoutingPolicy(prisma),
  ]);
  const waitingToSend = found.customerId !== null && (found.status === "NEW" || found.status === "IN_PROGRESS");
  let target: Date | null = null;
  if (waitingToSend) {
    const { timeZone, calendar } = await caseCalendar(prisma, found.policy);
    target = forwardingTarget(found.requester.emailVerifiedAt ?? found.receivedAt, policy, timeZone, calendar);
  }
  return {
    routingState: found.routingState,
    forwardBy: target,
    customer: customer && { ...customer, contacts },
    routings: routings.map((r) => ({
      id: r.id,
      customerName: r.customer.name,
      contactEmails: r.contactEmails,
      contactIds: r.contactIds,
      state: r.state,
      sentAt: r.sentAt,
      acknowledgedAt: r.acknowledgedAt,
      respondedAt: r.respondedAt,
      declineReason: r.declineReason,
      responseNote: r.responseNote,
      remindAt: r.remindAt,
      remindedAt: r.remindedAt,
      escalateAt: r.escalateAt,
      escalatedAt: r.escalatedAt,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
    })),
  };
}

export type CaseRoutingSummary = Awaited<ReturnType<typeof caseRoutingSummary>>;
