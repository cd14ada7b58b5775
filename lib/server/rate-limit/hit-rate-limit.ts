import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export interface RateLimitRule {
  key: string;
  limit: number;
  windowMs: number;
  message: string;
}

/**
 * Counts one hit against each rule's key in its fixed window (one statement for all rules) and refuses
 * with the first rule passed. Kept in the database so the limits hold across instances.
 */
export async function hitRateLimits(client: Db | Tx, rules: RateLimitRule[], now = new Date()): Promise<void> {
  const windows = rules.map((r) => new Date(Math.floor(now.getTime() / r.windowMs) * r.windowMs));
  const rows = await client.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count)
    SELECT k, w, 1 FROM unnest(${rules.map((r) => r.key)}::text[], ${windows}::timestamptz[]) AS t(k, w)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
    RETURNING key, count`;
  const counts = new Map(rows.map((r) => [r.key, r.count]));
  rules.forEach((rule, i) => {
    if ((counts.get(rule.key) ?? 0) > rule.limit) {
      const retryAfter = Math.ceil((windows[i]!.getTime() + rule.windowMs - now.getTime()) / 1000);
      throw new RateLimited(rule.message, retryAfter);
    }
  });
}

export class RateLimited extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}
