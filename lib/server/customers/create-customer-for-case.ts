import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { createCustomerForCaseSchema } from "@/lib/domain/customers/customer-forms";
import { AppError } from "@/lib/errors/app-error";
import { changeCase } from "@/lib/server/cases/change-case";
import { insertCustomer } from "./insert-customer";
import { setCaseCustomer } from "./set-case-customer";

/**
 * The requester named a customer the registry does not have yet: register it and confirm it for the
 * case in one transaction (both audited). Needs the registry permission and the right to work the case.
 */
export async function createCustomerForCase(input: z.input<typeof createCustomerForCaseSchema>, actor: Actor) {
  if (!can(actor.role, "customers:manage")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  return changeCase(
    { actor, permission: "cases:work", schema: createCustomerForCaseSchema, input },
    async ({ tx, data, found }) => {
      const { caseId: _caseId, expectedVersion: _expectedVersion, ...fields } = data;
      const customer = await insertCustomer(tx, fields, actor);
      await setCaseCustomer(tx, found, customer, actor);
      return { customerId: customer.id };
    },
  );
}
