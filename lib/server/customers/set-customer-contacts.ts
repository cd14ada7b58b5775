import "server-only";
import type { Tx } from "@/lib/db/client";

export interface ContactChanges {
  /** Contacts now listed that were not (new rows, or removed ones listed again). */
  added: string[];
  /** Contacts no longer listed. */
  removed: string[];
}

/**
 * Makes a customer's listed privacy contacts exactly `emails`, in that order, inside the caller's
 * transaction (the customer use-cases, which check `customers:manage` first: only officers and
 * administrators decide where routed requests may go). An address that stays keeps its contact id; a
 * removed one keeps its row, marked removed, so audit events naming its id still resolve; an address
 * listed again gets its old id back. The customer's `contactEmails` copy is written in the same step.
 * Returns the ids added and removed, for the caller's audit event.
 */
export async function setCustomerContacts(
  tx: Tx,
  customerId: string,
  emails: readonly string[],
  now: Date,
): Promise<ContactChanges> {
  const existing = await tx.customerContact.findMany({ where: { customerId } });
  const byEmail = new Map(existing.map((c) => [c.email, c]));
  const added: string[] = [];
  for (const [position, email] of emails.entries()) {
    const contact = byEmail.get(email);
    if (!contact) {
      added.push((await tx.customerContact.create({ data: { customerId, email, position } })).id);
    } else if (contact.removedAt || contact.position !== position) {
      await tx.customerContact.update({ where: { id: contact.id }, data: { position, removedAt: null } });
      if (contact.removedAt) added.push(contact.id);
    }
  }
  const listed = new Set(emails);
  const removed = existing.filter((c) => !c.removedAt && !listed.has(c.email)).map((c) => c.id);
  if (removed.length) {
    await tx.customerContact.updateMany({ where: { id: { in: removed } }, data: { removedAt: now } });
  }
  await tx.cloudCustomer.update({ where: { id: customerId }, data: { contactEmails: [...emails] } });
  return { added, removed };
}
