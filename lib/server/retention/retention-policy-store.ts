import type { Db, Tx } from "@/lib/db/client";
import type { RetentionDurations } from "@/lib/domain/retention/retention-policy";

/**
 * The retention settings: the one RetentionPolicy row, created with the defaults on first use (a plain
 * read once it exists, so page views write nothing).
 */
export async function loadRetentionPolicy(client: Db | Tx): Promise<RetentionDurations> {
  const row =
    (await client.retentionPolicy.findUnique({ where: { id: 1 } })) ??
    (await client.retentionPolicy.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } }));
  return {
    closedCaseDays: row.closedCaseDays,
    unverifiedDays: row.unverifiedDays,
    uploadsAfterClosureDays: row.uploadsAfterClosureDays,
  };
}
