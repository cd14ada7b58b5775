import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { confirmCaseCustomerSchema } from "@/lib/domain/customers/customer-forms";
import { AppError } from "@/lib/errors/app-error";
import { changeCase } from "@/lib/server/cases/change-case";
import { setCaseCustomer } from "./set-case-customer";

/**
 * Staff confirm which registered customer the requester meant (the case's customerNameGiven is what
 * they typed; it stays as typed). Case-work roles, on a case they may work, at the version they saw.
 */
export function confirmCaseCustomer(input: z.input<typeof confirmCaseCustomerSchema>, actor: Actor) {
  return changeCase(
    { actor, permission: "cases:work", schema: confirmCaseCustomerSchema, input },
    async ({ tx, data, found }) => {
      const customer = data.customerId
        ? await tx.cloudCustomer.findUnique({ where: { id: data.customerId }, select: { id: true, active: true } })
        : null;
      if (data.customerId && !customer) throw new AppError("NOT_FOUND", "problems.noSuchCustomer");
      if (customer && !customer.active && found.customerId !== customer.id) {
        throw new AppError("CONFLICT", "problems.customerInactive");
      }
      return setCaseCustomer(tx, found, customer, actor);
    },
  );
}
