import "server-only";
import type { Tx } from "@/lib/db/client";

/** Of the given staff account ids, those of enabled accounts (a system's staff owners must be one). */
export async function enabledStaffIds(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const users = await tx.user.findMany({ where: { id: { in: [...ids] }, disabled: false }, select: { id: true } });
  return new Set(users.map((u) => u.id));
}
