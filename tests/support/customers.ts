import type { Actor } from "@/lib/auth/guards";
import type { Db } from "@/lib/db/client";
import { routeToCustomer } from "@/lib/server/routing/route-to-customer";

export interface RegisteredCustomer {
  id: string;
  /** Its listed contacts' ids, in the order of `contactEmails`. */
  contactIds: string[];
}

/**
 * A registered customer with its privacy contacts listed, written straight to the database as the
 * customer use-cases write it (the address list and a contact row per address).
 */
export async function registerCustomer(
  prisma: Db,
  fields: { name: string; contactEmails: string[]; active?: boolean },
): Promise<RegisteredCustomer> {
  const customer = await prisma.cloudCustomer.create({
    data: {
      name: fields.name,
      contactEmails: fields.contactEmails,
      active: fields.active ?? true,
      contacts: { create: fields.contactEmails.map((email, position) => ({ email, position })) },
    },
    include: { contacts: { orderBy: { position: "asc" } } },
  });
  return { id: customer.id, contactIds: customer.contacts.map((c) => c.id) };
}

/** Confirms the customer on the case (as staff would on the case page) and routes it to all its contacts. */
export async function confirmAndRoute(
  prisma: Db,
  caseId: string,
  customer: RegisteredCustomer,
  actor: Actor,
  now?: Date,
) {
  await prisma.case.update({ where: { id: caseId }, data: { customerId: customer.id } });
  return routeToCustomer({ caseId, customerId: customer.id, contactIds: customer.contactIds }, actor, now);
}
