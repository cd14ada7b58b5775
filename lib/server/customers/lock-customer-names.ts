import "server-only";
import type { Tx } from "@/lib/db/client";
import { customerNameKey } from "@/lib/domain/customers/customer-name";

/** Any constant: the advisory lock that serializes changes to registered customer names. */
const NAMES_LOCK = 7_401_233_001;

export interface RegisteredName {
  id: string;
  name: string;
}

/**
 * Names are unique by their comparison key ("Acme Cloud Ltd" and "ACME cloud limited" are one
 * customer), which no database index can express. So whoever adds or renames a customer first takes this
 * transaction-scoped lock, then reads every registered key: two people adding the same company at once
 * queue here and the second is told it exists. Returns the registered names by key.
 */
export async function lockCustomerNames(tx: Tx): Promise<Map<string, RegisteredName>> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NAMES_LOCK}::bigint)`;
  const customers = await tx.cloudCustomer.findMany({ select: { id: true, name: true } });
  return new Map(customers.map((c) => [customerNameKey(c.name), c]));
}
