import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { customerNameKey } from "@/lib/domain/customers/customer-name";
import { updateCustomerSchema } from "@/lib/domain/customers/customer-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { duplicateNameError } from "./insert-customer";
import { lockCustomerNames } from "./lock-customer-names";
import { setCustomerContacts } from "./set-customer-contacts";

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Changes a customer's registration, its privacy contacts included: this is the only way a contact is
 * added, so only officers and administrators decide where routed requests may go. The audit event names
 * the fields that changed and the contact ids added and removed, not values (contact addresses are
 * personal data; the registry holds them); the one code among them, the language, with its from and to.
 */
export async function updateCustomer(
  input: z.input<typeof updateCustomerSchema>,
  actor: Actor,
  now = new Date(),
): Promise<{ changed: string[] }> {
  if (!can(actor.role, "customers:manage")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const { customerId, expectedUpdatedAt, ...fields } = parseInput(updateCustomerSchema, input);
  return db().$transaction(async (tx) => {
    const taken = await lockCustomerNames(tx);
    const current = await tx.cloudCustomer.findUnique({ where: { id: customerId } });
    if (!current) throw new AppError("NOT_FOUND", "problems.noSuchCustomer");
    if (expectedUpdatedAt && current.updatedAt.getTime() !== new Date(expectedUpdatedAt).getTime()) {
      throw new AppError("CONFLICT", "problems.customerChangedMeanwhile");
    }
    const holder = taken.get(customerNameKey(fields.name));
    if (holder && holder.id !== customerId) throw duplicateNameError();
    const next = {
      name: fields.name,
      aliases: fields.aliases,
      contactEmails: fields.contactEmails,
      agreementReference: fields.agreementReference ?? null,
      active: fields.active,
      notes: fields.notes ?? null,
      locale: fields.locale,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => {
      const before = current[key];
      const after = next[key];
      return Array.isArray(before) && Array.isArray(after) ? !sameList(before, after) : before !== after;
    });
    if (changed.length === 0) return { changed };
    const { contactEmails, ...rest } = next;
    await tx.cloudCustomer.update({ where: { id: customerId }, data: rest });
    const contacts = changed.includes("contactEmails")
      ? await setCustomerContacts(tx, customerId, contactEmails, now)
      : { added: [], removed: [] };
    await recordAuditEvent(tx, {
      type: "customer.updated",
      ...staffEvent(actor),
      data: {
        customerId,
        changed,
        // Codes are no personal data: the language's change is kept with its values, like a case's status.
        ...(changed.includes("locale") ? { changes: { locale: { from: current.locale, to: next.locale } } } : {}),
        contactsAdded: contacts.added,
        contactsRemoved: contacts.removed,
      },
    });
    return { changed };
  });
}
