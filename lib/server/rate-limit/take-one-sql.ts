import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { windowStartOf } from "./hit-rate-limit";

/**
 * Counts one against a key in its current fixed window, only while the count is under `limit`; the
 * statement returns a row exactly when it counted. The upsert locks the counter row, so parallel
 * statements take turns and cannot pass the limit together. As a CTE it commits with what it allows
 * (e.g. an email queued only when counted), and a refusal counts nothing.
 */
/** What takeOneSql returns when it counted: the window's count, this one included. */
export const takenRow = z.object({ count: z.number().int() });

export function takeOneSql(key: string, limit: number, windowMs: number, now: Date): Prisma.Sql {
  const windowStart = windowStartOf(now, windowMs).toISOString();
  return Prisma.sql`INSERT INTO "RateLimitBucket" (key, "windowStart", count)
    VALUES (${key}, ${windowStart}::timestamptz, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
      WHERE "RateLimitBucket".count < ${limit}
    RETURNING count`;
}
