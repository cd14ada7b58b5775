import "server-only";
import type { Tx } from "@/lib/db/client";
import { systemNameKey } from "@/lib/domain/systems/system-schema";

/** Any constant: the advisory lock that serializes changes to registered system names. */
const NAMES_LOCK = 7_401_233_017;

/**
 * Names are unique by their comparison key ("CRM" and "crm" are one system), which the unique index on
 * the exact name cannot express. Whoever adds or renames a system first takes this transaction-scoped
 * lock, then reads every registered key: two people adding the same system at once queue here and the
 * second is told it exists. Returns the registered system ids by name key.
 */
export async function lockSystemNames(tx: Tx): Promise<Map<string, string>> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NAMES_LOCK}::bigint)`;
  const systems = await tx.dataSystem.findMany({ select: { id: true, name: true } });
  return new Map(systems.map((s) => [systemNameKey(s.name), s.id]));
}
