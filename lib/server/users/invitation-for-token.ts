import "server-only";
import { hashToken } from "@/lib/crypto/tokens";
import type { Db, Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

export interface OpenInvitation {
  invitationId: string;
  userId: string;
  email: string;
  name: string;
}

/** The invitation behind a link if it can still be accepted (known, not used, not expired, account enabled). */
export async function invitationForToken(
  token: string,
  now = new Date(),
  client: Db | Tx = db(),
): Promise<OpenInvitation | null> {
  if (!token || token.length > 200) return null;
  const invitation = await client.staffInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { email: true, name: true, disabled: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now || invitation.user.disabled) return null;
  return {
    invitationId: invitation.id,
    userId: invitation.userId,
    email: invitation.user.email,
    name: invitation.user.name,
  };
}
