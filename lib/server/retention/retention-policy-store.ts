import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { RetentionDurations } from "@/lib/domain/retention/retention-policy";

/**
 * The retention settings: the one RetentionPolicy row, created with the defaults on first use (a plain
 * read once it exists, so page views write nothing).
 */
export async function loadRetentionPolicy(client: Db | Tx): Promise<RetentionDurations> {
  let row = await client.retentionPolicy.findUnique({ where: { id: 1 } });
  if (!row) {
    // INSERT ... ON CONFLICT DO NOTHING: two sweeps creating it at the same moment must not collide
    // (Prisma's upsert reads, then inserts).
    await client.retentionPolicy.createMany({ data: [{ id: 1 }], skipDuplicates: true });
    row = await client.retentionPolicy.findUniqueOrThrow({ where: { id: 1 } });
  }
  return {
    closedCaseDays: row.closedCaseDays,
    unverifiedDays: row.unverifiedDays,
    uploadsAfterClosureDays: row.uploadsAfterClosureDays,
  };
}
