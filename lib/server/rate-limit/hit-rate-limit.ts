import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Counts one hit against `key` in a fixed window and refuses once `limit` is passed. Kept in the
 * database so the limit holds across instances. The message says when to try again.
 */
export async function hitRateLimit(
  client: Db | Tx,
  rule: { key: string; limit: number; windowMs: number; message: string },
  now = new Date(),
): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const [row] = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES (${rule.key}, ${windowStart}, 1)
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
    RETURNING count`;
  if ((row?.count ?? 0) > rule.limit) {
    const retryAfter = Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000);
    throw new RateLimited(rule.message, retryAfter);
  }
}

export class RateLimited extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message);
  }
}
