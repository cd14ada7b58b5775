import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { customerFieldsSchema } from "@/lib/domain/customers/customer-schema";
import { AppError } from "@/lib/errors/app-error";
import { caseInput } from "@/lib/server/cases/case-input";
import { changeCase } from "@/lib/server/cases/change-case";
import { insertCustomer } from "./insert-customer";
import { setCaseCustomer } from "./set-case-customer";

export const createCustomerForCaseSchema = customerFieldsSchema.extend(caseInput);

/**
 * The requester named a customer the registry does not have yet: register it and confirm it for the
 * case in one transaction (both audited). Needs the registry permission and the right to work the case.
 */
export async function createCustomerForCase(input: unknown, actor: Actor) {
  if (!can(actor.role, "customers:manage")) throw new AppError("FORBIDDEN", "Your role does not allow this.");
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
