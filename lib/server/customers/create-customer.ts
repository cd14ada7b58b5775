import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { customerFieldsSchema } from "@/lib/domain/customers/customer-schema";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/server/parse-input";
import { insertCustomer } from "./insert-customer";

/** An administrator or privacy officer registers a cloud customer (a name already taken is a field error). */
export async function createCustomer(
  input: z.input<typeof customerFieldsSchema>,
  actor: Actor,
): Promise<{ customerId: string }> {
  if (!can(actor.role, "customers:manage")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const fields = parseInput(customerFieldsSchema, input);
  const customer = await db().$transaction((tx) => insertCustomer(tx, fields, actor));
  return { customerId: customer.id };
}
