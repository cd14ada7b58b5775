import "server-only";
import { hashToken } from "@/lib/crypto/tokens";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The status link behind a token. Unknown, revoked and expired links get the same answer (no oracle). */
export async function statusLinkForToken(
  client: Db | Tx,
  token: unknown,
  now: Date,
): Promise<{ id: string; caseId: string }> {
  const notFound = new AppError("NOT_FOUND", "problems.statusLinkInvalid");
  if (typeof token !== "string" || token.length < 20 || token.length > 100) throw notFound;
  const link = await client.statusLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!link || link.revokedAt || link.expiresAt <= now) throw notFound;
  return { id: link.id, caseId: link.caseId };
}

/** The case behind a status link, with the same one answer for every link that does not work. */
export async function caseIdForStatusToken(client: Db | Tx, token: unknown, now: Date): Promise<string> {
  return (await statusLinkForToken(client, token, now)).caseId;
}
