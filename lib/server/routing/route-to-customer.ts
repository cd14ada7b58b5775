import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { newLinkToken } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db/client";
import type { Locale } from "@/lib/db/generated/enums";
import { routingReminders } from "@/lib/domain/routing/routing-clock";
import { routeToCustomerSchema } from "@/lib/domain/routing/routing-forms";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase, type LockedCase } from "@/lib/server/cases/change-case";
import { cancelCaseTasks } from "@/lib/server/fulfilment/cancel-case-tasks";
import { chosenContacts } from "./routing-contacts";
import { caseCalendar, loadRoutingPolicy } from "./routing-policy";

const DAY_MS = 24 * 60 * 60 * 1000;

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "problems.checkFields", { [field]: [message] });

/**
 * Issues a routing of a locked case to a customer: a fresh 256-bit link (hash kept), the business-day
 * clock for reminder and escalation, and the customer's email in its language. Shared by routing and
 * re-sending.
 */
export async function issueRouting(
  tx: Tx,
  found: LockedCase,
  customer: { id: string; name: string; locale: Locale },
  contacts: { id: string; email: string }[],
  actor: Actor,
  now: Date,
) {
  const policy = await loadRoutingPolicy(tx);
  const { timeZone, calendar } = await caseCalendar(tx, found.policy);
  const link = newLinkToken();
  const routing = await tx.customerRouting.create({
    data: {
      caseId: found.id,
      customerId: customer.id,
      contactEmails: contacts.map((c) => c.email),
      contactIds: contacts.map((c) => c.id),
      tokenHash: link.hash,
      expiresAt: new Date(now.getTime() + policy.linkValidDays * DAY_MS),
      sentAt: now,
      ...routingReminders(now, policy, timeZone, calendar),
      createdById: actor.id,
    },
  });
  for (const contact of contacts) {
    await enqueueEmail(tx, {
      template: "customer-routed-request",
      to: contact.email,
      locale: customer.locale,
      caseId: found.id,
      payload: {
        reference: found.reference,
        customerName: customer.name,
        token: link.token,
        expiresAt: routing.expiresAt.toISOString(),
      },
    });
  }
  return routing;
}

/** Revokes the case's open links to customers (a re-send or a route elsewhere replaces them). */
export async function revokeOpenRoutings(tx: Tx, caseId: string, now: Date): Promise<number> {
  const revoked = await tx.customerRouting.updateMany({
    where: { caseId, revokedAt: null, state: { in: ["SENT", "ACKNOWLEDGED"] } },
    data: { revokedAt: now, state: "REVOKED", remindAt: null, escalateAt: null },
  });
  return revoked.count;
}

/**
 * Routes a request to the cloud customer who controls the data (policy 6.4): the customer's chosen
 * privacy contacts get a secure link to what they need, the requester learns that the customer decides
 * and how to reach them, and the case waits as ROUTED/SENT. Only to the customer confirmed on the case
 * and only to contacts listed on it (officers and administrators keep that list), never to an address
 * typed here; the audit event names the customer and the contacts by id.
 */
export function routeToCustomer(input: z.input<typeof routeToCustomerSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "route", schema: routeToCustomerSchema, input }, async ({ tx, data, found }) => {
    if (!found.customerId) throw invalid("customerId", "confirm_customer_first");
    if (data.customerId.toLowerCase() !== found.customerId) {
      throw invalid("customerId", "not_confirmed_customer");
    }
    const customer = await tx.cloudCustomer.findUniqueOrThrow({ where: { id: found.customerId } });
    if (!customer.active) throw invalid("customerId", "customer_inactive");
    const contacts = await chosenContacts(tx, customer, data.contactIds);
    const replaced = await revokeOpenRoutings(tx, found.id, now);
    const routing = await issueRouting(tx, found, customer, contacts, actor, now);
    await tx.case.update({ where: { id: found.id }, data: { status: "ROUTED", routingState: "SENT" } });
    // The customer decides now: the systems' tasks no longer apply.
    await cancelCaseTasks(tx, found.id, "routed", actor, now);
    await recordAuditEvent(tx, {
      type: "case.routed",
      ...staffEvent(actor),
      caseId: found.id,
      data: {
        customerId: customer.id,
        routingId: routing.id,
        contactIds: contacts.map((c) => c.id),
        replacedRoutings: replaced,
        changes: { status: { from: found.status, to: "ROUTED" } },
      },
    });
    await enqueueEmail(tx, {
      template: "requester-routed",
      to: found.requester.email,
      locale: found.requester.locale,
      caseId: found.id,
      payload: { reference: found.reference, customerName: customer.name, customerContacts: customer.contactEmails },
    });
    return { routingId: routing.id };
  });
}
