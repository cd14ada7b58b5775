import "server-only";
import type { Tx } from "@/lib/db/client";
import { revokeOpenRoutings } from "./route-to-customer";

/**
 * A reopened case is ours to work again, so every customer link to it stops working (SECURITY.md
 * "Attack review": a link kept after reopening could close the case again). Routings still waiting for
 * an answer become REVOKED; answered ones keep their state, the history staff read, but their links stop
 * too, since the page would go on showing the request to someone with nothing left to do on it. Returns
 * the ids of the routings that were still open. The caller holds the case's lock.
 */
export async function revokeLinksOnReopen(tx: Tx, caseId: string, now: Date): Promise<string[]> {
  const open = await tx.customerRouting.findMany({
    where: { caseId, revokedAt: null, state: { in: ["SENT", "ACKNOWLEDGED"] } },
    select: { id: true },
  });
  await revokeOpenRoutings(tx, caseId, now);
  await tx.customerRouting.updateMany({ where: { caseId, revokedAt: null }, data: { revokedAt: now } });
  return open.map((r) => r.id);
}
