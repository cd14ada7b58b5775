import "server-only";
import { newLinkToken } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db/client";

export const STATUS_LINK_TTL_MS = 400 * 24 * 60 * 60 * 1000;

/**
 * Issues the private status link of a case; the token goes out by email, only its hash is kept. A case
 * has one working link: issuing one (a re-send from /status) revokes every earlier one, so a link that
 * was forwarded, or lies in an old mailbox, stops working when the requester asks for a new one.
 * Returns the token and how many earlier links it revoked.
 */
export async function issueStatusLink(tx: Tx, caseId: string, now: Date): Promise<{ token: string; revoked: number }> {
  const { count: revoked } = await tx.statusLink.updateMany({
    where: { caseId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  const link = newLinkToken();
  await tx.statusLink.create({
    data: { caseId, tokenHash: link.hash, expiresAt: new Date(now.getTime() + STATUS_LINK_TTL_MS) },
  });
  return { token: link.token, revoked };
}
