import "server-only";
import type { Db } from "@/lib/db/client";
import { runRetention, type RetentionResult } from "./run-retention";

/** The retention day starts at this hour (UTC): the first sweep from then on runs it, once a day. */
export const RETENTION_HOUR_UTC = 2;

/** The start of the retention day `now` falls in. */
export function retentionDayStart(now: Date): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), RETENTION_HOUR_UTC));
  if (start > now) start.setUTCDate(start.getUTCDate() - 1);
  return start;
}

/**
 * The periodic sweep's part: runs retention once per retention day. Whether it has run is read from the
 * trail (the latest `retention.run` event, through the index on type and time, records the instant the
 * run applied), so a restart or a second server does not run it again; two servers racing both run it,
 * which is harmless (each claims what the other does not hold).
 */
export async function runNightlyRetention(prisma: Db, now = new Date()): Promise<RetentionResult | null> {
  const latest = await prisma.auditEvent.findFirst({
    where: { type: "retention.run" },
    orderBy: { createdAt: "desc" },
    select: { data: true },
  });
  const lastAt = (latest?.data as { at?: unknown } | undefined)?.at;
  if (typeof lastAt === "string" && new Date(lastAt) >= retentionDayStart(now)) return null;
  return runRetention(prisma, now);
}
