import "server-only";
import { hashToken } from "@/lib/crypto/tokens";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** One answer for every unusable customer link. */
export const INVALID_ROUTING_LINK = "problems.routingLinkInvalid" as const;

/**
 * The routing behind a customer's link. Unknown, revoked and expired links get the same answer, which
 * reveals nothing about any case.
 */
export async function routingForToken(client: Db | Tx, token: unknown, now: Date) {
  const invalid = new AppError("NOT_FOUND", INVALID_ROUTING_LINK);
  if (typeof token !== "string" || token.length < 20 || token.length > 100) throw invalid;
  const routing = await client.customerRouting.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!routing || routing.revokedAt || routing.expiresAt <= now) throw invalid;
  return routing;
}
