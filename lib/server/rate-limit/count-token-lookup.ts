import "server-only";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { hitRateLimits } from "./hit-rate-limit";

/** Paths whose URL or form carries a secret link token (the proxy counts every request to them). */
const TOKEN_PATHS = /^\/(status\/[^/]+|partner\/[^/]+|task\/[^/]+|invite\/[^/]+|verify)\/?$/;

export function isTokenPath(pathname: string): boolean {
  return TOKEN_PATHS.test(pathname);
}

/**
 * Counts one request to a secret-link page from this address and throws RateLimited past the limit
 * (TOKEN_LOOKUPS_PER_IP_MINUTE, default 30). The tokens are 256-bit, so this is not what keeps them
 * unguessable; it stops one address from hammering the lookups and the database behind them.
 */
export async function countTokenLookup(ip: string, now = new Date()): Promise<void> {
  await hitRateLimits(
    db(),
    [
      {
        key: `token-lookup:ip:${ip}`,
        limit: env().TOKEN_LOOKUPS_PER_IP_MINUTE,
        windowMs: 60_000,
        message: "problems.tooManyLookups",
      },
    ],
    now,
  );
}
