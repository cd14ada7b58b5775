import "server-only";
import type { Tx } from "@/lib/db/client";
import type { StaffRole } from "@/lib/auth/roles";
import type { Locale } from "@/lib/db/generated/enums";
import { newLinkToken } from "@/lib/crypto/tokens";
import { enqueueEmail } from "@/lib/email/outbox";

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

/**
 * Issues a new invitation for a staff account that has no password yet and queues its email, in the
 * caller's transaction. Earlier unaccepted invitations for the account stop working: only the newest
 * link is valid. The token (256 bits) exists only in the email; the database keeps its hash.
 */
export async function queueInvitation(
  tx: Tx,
  user: { id: string; email: string; name: string; role: StaffRole; locale: Locale },
  invitedByName: string,
  now: Date,
): Promise<{ invitationId: string; expiresAt: Date }> {
  await tx.staffInvitation.deleteMany({ where: { userId: user.id, acceptedAt: null } });
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitation = await tx.staffInvitation.create({
    data: { userId: user.id, tokenHash: hash, expiresAt, createdAt: now },
    select: { id: true },
  });
  await enqueueEmail(tx, {
    template: "staff-invitation",
    to: user.email,
    locale: user.locale,
    payload: { name: user.name, role: user.role, invitedByName, token },
  });
  return { invitationId: invitation.id, expiresAt };
}
