import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { customerNameKey } from "@/lib/domain/customers/customer-name";
import type { CustomerFields } from "@/lib/domain/customers/customer-schema";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { lockCustomerNames } from "./lock-customer-names";
import { setCustomerContacts } from "./set-customer-contacts";

/** The field error for a name already registered (under this or another spelling; a key cannot name it). */
export function duplicateNameError(): AppError {
  return new AppError("CONFLICT", "problems.checkFields", {
    name: ["name_already_registered"],
  });
}

/**
 * Adds a customer inside the caller's transaction: the name checked against the registry, its privacy
 * contacts listed (each with the id routings name), audited with ids, counts and codes (the language).
 */
export async function insertCustomer(tx: Tx, fields: CustomerFields, actor: Actor, now = new Date()) {
  const taken = await lockCustomerNames(tx);
  const existing = taken.get(customerNameKey(fields.name));
  if (existing) throw duplicateNameError();
  const customer = await tx.cloudCustomer.create({
    data: {
      name: fields.name,
      aliases: fields.aliases,
      contactEmails: fields.contactEmails,
      agreementReference: fields.agreementReference ?? null,
      active: fields.active,
      notes: fields.notes ?? null,
      locale: fields.locale,
    },
  });
  const contacts = await setCustomerContacts(tx, customer.id, fields.contactEmails, now);
  await recordAuditEvent(tx, {
    type: "customer.created",
    ...staffEvent(actor),
    data: {
      customerId: customer.id,
      aliases: fields.aliases.length,
      contacts: fields.contactEmails.length,
      contactIds: contacts.added,
      active: fields.active,
      locale: fields.locale,
    },
  });
  return customer;
}
