import "server-only";
import { escalationRecipients } from "@/lib/server/users/escalation-recipients";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { localDateOf } from "@/lib/domain/deadlines";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";
import { loadRoutingPolicy } from "./routing-policy";

export interface RoutingSweepResult {
  /** Routings whose customer was reminded in this pass. */
  reminded: number;
  /** Routings escalated to the privacy officers in this pass. */
  escalated: number;
  emails: number;
}

const BATCH = 100;

const claimedRouting = z.object({
  id: z.string(),
  caseId: z.string(),
  customerId: z.string(),
  contactEmails: z.array(z.string()),
  sentAt: z.date(),
});
type ClaimedRouting = z.infer<typeof claimedRouting>;

/*
 * Claiming: one statement marks a batch of due routings as reminded (or escalated) and returns them.
 * Only routings still waiting for the customer (SENT, not revoked) on a case still ROUTED qualify. The
 * routing and its case are locked with SKIP LOCKED, so two sweeps split the work instead of sending
 * twice, and a case a staff member or the customer is changing right now is left for the next pass
 * (case first, then routing: the order every case change takes, so the two never deadlock).
 */

/** The routing's clock columns for each step: when it is due, and when it was done. */
const STEP_COLUMNS = {
  remind: { due: Prisma.raw('"remindAt"'), done: Prisma.raw('"remindedAt"') },
  escalate: { due: Prisma.raw('"escalateAt"'), done: Prisma.raw('"escalatedAt"') },
} as const;

function claimDue(tx: Tx, step: keyof typeof STEP_COLUMNS, now: Date) {
  const { due, done } = STEP_COLUMNS[step];
  return queryRows(
    tx,
    claimedRouting,
    Prisma.sql`
    UPDATE "CustomerRouting" r SET ${done} = ${now}
    FROM (
      SELECT r2.id FROM "CustomerRouting" r2 JOIN "Case" c ON c.id = r2."caseId"
      WHERE r2.${due} <= ${now} AND r2.${done} IS NULL
        AND r2.state = 'SENT' AND r2."revokedAt" IS NULL AND c.status = 'ROUTED'
      ORDER BY r2.${due}
      LIMIT ${BATCH}
      FOR UPDATE OF r2, c SKIP LOCKED
    ) due
    WHERE r.id = due.id AND r.${done} IS NULL
    RETURNING r.id, r."caseId", r."customerId", r."contactEmails", r."sentAt"`,
  );
}

/** The cases and customers of a batch of routings, by id. */
async function contextOf(tx: Tx, claimed: ClaimedRouting[]) {
  const cases = await tx.case.findMany({
    where: { id: { in: claimed.map((r) => r.caseId) } },
    select: { id: true, reference: true, policy: true, assigneeId: true },
  });
  const customers = await tx.cloudCustomer.findMany({
    where: { id: { in: claimed.map((r) => r.customerId) } },
    select: { id: true, name: true, locale: true },
  });
  const listed = await tx.customerContact.findMany({
    where: { customerId: { in: claimed.map((r) => r.customerId) }, removedAt: null },
    select: { customerId: true, email: true },
  });
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const customerById = new Map(customers.map((c) => [c.id, c]));
  const listedKeys = new Set(listed.map((c) => `${c.customerId} ${c.email}`));
  return {
    // Both exist: the claim joined the case, and a routing's customer cannot be deleted under it.
    caseOf: (routing: ClaimedRouting) => caseById.get(routing.caseId)!,
    customerNameOf: (routing: ClaimedRouting) => customerById.get(routing.customerId)!.name,
    /** The language the customer's contacts are written to. */
    customerLocaleOf: (routing: ClaimedRouting) => customerById.get(routing.customerId)!.locale,
    /** The addresses it was sent to that the customer still lists: a contact removed since hears no more. */
    stillListed: (routing: ClaimedRouting) =>
      routing.contactEmails.filter((email) => listedKeys.has(`${routing.customerId} ${email}`)),
  };
}

/** One batch of reminders to customers who have not acknowledged a routed request in time. */
async function remindBatch(tx: Tx, now: Date) {
  const claimed = await claimDue(tx, "remind", now);
  if (claimed.length === 0) return { claimed: 0, emails: 0 };
  const { caseOf, customerNameOf, customerLocaleOf, stillListed } = await contextOf(tx, claimed);
  let emails = 0;
  for (const routing of claimed) {
    const found = caseOf(routing);
    // The date the customer received it, as the case's regime counts days.
    const sentOn = localDateOf(routing.sentAt, policyOfCase(found.policy).timeZone);
    const contacts = stillListed(routing);
    for (const to of contacts) {
      await enqueueEmail(tx, {
        template: "customer-routing-reminder",
        to,
        locale: customerLocaleOf(routing),
        caseId: found.id,
        payload: { reference: found.reference, customerName: customerNameOf(routing), sentOn },
      });
      emails++;
    }
    await recordAuditEvent(tx, {
      type: "routing.reminded",
      actorKind: "SYSTEM",
      caseId: found.id,
      data: { routingId: routing.id, customerId: routing.customerId, contacts: contacts.length },
    });
  }
  return { claimed: claimed.length, emails };
}

/** One batch of alerts to the privacy officers (and the assignee) about routings still unacknowledged. */
async function escalateBatch(tx: Tx, now: Date) {
  const claimed = await claimDue(tx, "escalate", now);
  if (claimed.length === 0) return { claimed: 0, emails: 0 };
  const { caseOf, customerNameOf } = await contextOf(tx, claimed);
  const days = (await loadRoutingPolicy(tx)).escalateAfterBusinessDays;
  const recipientsOf = await escalationRecipients(
    tx,
    claimed.map((r) => caseOf(r).assigneeId),
  );
  let emails = 0;
  for (const routing of claimed) {
    const found = caseOf(routing);
    const recipients = recipientsOf(found.assigneeId);
    for (const [to, locale] of recipients) {
      await enqueueEmail(tx, {
        template: "staff-routing-alert",
        to,
        locale,
        caseId: found.id,
        payload: {
          reference: found.reference,
          caseId: found.id,
          customerName: customerNameOf(routing),
          reason: "NOT_ACKNOWLEDGED",
          days,
        },
      });
      emails++;
    }
    await recordAuditEvent(tx, {
      type: "routing.escalated",
      actorKind: "SYSTEM",
      caseId: found.id,
      data: { routingId: routing.id, customerId: routing.customerId, recipients: recipients.size, businessDays: days },
    });
  }
  return { claimed: claimed.length, emails };
}

/**
 * The routing clock (policy 6.4, "within a reasonable time line"): reminds the customer once when a
 * routed request is still unacknowledged at its `remindAt`, and alerts the privacy officers once at its
 * `escalateAt`. Each batch claims its routings, queues the emails and writes the audit events in one
 * transaction, so a reminder is sent once however many sweeps run and however often; a failed batch
 * leaves its routings for the next pass.
 */
export async function runRoutingSweep(prisma: Db, now = new Date()): Promise<RoutingSweepResult> {
  const total: RoutingSweepResult = { reminded: 0, escalated: 0, emails: 0 };
  for (;;) {
    const batch = await prisma.$transaction((tx) => remindBatch(tx, now), { timeout: 60_000 });
    total.reminded += batch.claimed;
    total.emails += batch.emails;
    if (batch.claimed < BATCH) break;
  }
  for (;;) {
    const batch = await prisma.$transaction((tx) => escalateBatch(tx, now), { timeout: 60_000 });
    total.escalated += batch.claimed;
    total.emails += batch.emails;
    if (batch.claimed < BATCH) break;
  }
  return total;
}
