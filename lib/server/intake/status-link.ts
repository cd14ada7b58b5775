import { newLinkToken } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db/client";

export const STATUS_LINK_TTL_MS = 400 * 24 * 60 * 60 * 1000;

/** Issues a private status link for a case; the token goes out by email, only its hash is kept. */
export async function issueStatusLink(tx: Tx, caseId: string, now: Date): Promise<string> {
  const link = newLinkToken();
  await tx.statusLink.create({
    data: { caseId, tokenHash: link.hash, expiresAt: new Date(now.getTime() + STATUS_LINK_TTL_MS) },
  });
  return link.token;
}
