import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { currentActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { env } from "@/lib/config/env";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logger } from "@/lib/logging/logger";

/** Compares digests, so neither the token's content nor its length shows in the time taken. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Whether this caller may read /api/health's full report: monitoring with `Authorization: Bearer
 * <HEALTH_TOKEN>` (checked first: it needs no database, so it works while the database is down), or a
 * signed-in staff member with `health:read`. Anyone else gets the status only: the version, the backend and
 * migration names would tell an attacker what to try, and the outbox counts how busy the service is.
 */
export async function canReadHealthDetail(request: Request): Promise<boolean> {
  const token = env().HEALTH_TOKEN;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (token && bearer) return sameToken(bearer, token);
  try {
    return can((await currentActor())?.role, "health:read");
  } catch (error) {
    // The session is checked against the database; while it is unreachable, the status says so. Anything
    // else is logged (its kind only) and the caller gets the status, which load balancers need regardless.
    if (!isDatabaseUnavailable(error)) logger.warn("health: session check failed", { kind: (error as Error)?.name });
    return false;
  }
}
