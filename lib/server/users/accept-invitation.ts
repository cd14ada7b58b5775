import "server-only";
import type { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { acceptInvitationSchema } from "@/lib/domain/auth/accept-invitation";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { invitationForToken } from "./invitation-for-token";

/** Where the request came from, for the audit event (the person is not signed in yet). */
export interface RequestOrigin {
  ip?: string;
  userAgent?: string;
}

/**
 * The invited person sets their password. The link works once: the invitation is claimed under a lock
 * on the account, in the same transaction as the new password, so two submissions cannot both win.
 */
export async function acceptInvitation(
  input: z.input<typeof acceptInvitationSchema>,
  now = new Date(),
  origin: RequestOrigin = {},
): Promise<{ userId: string }> {
  const data = parseInput(acceptInvitationSchema, input);
  const invalid = () => new AppError("NOT_FOUND", "problems.invitationInvalid");
  const invitation = await invitationForToken(data.token, now);
  if (!invitation) throw invalid();
  const passwordHash = await hashPassword(data.password);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${invitation.userId}::uuid FOR UPDATE`;
    // Re-checked under the lock: still unused, unexpired and enabled.
    if (!(await invitationForToken(data.token, now, tx))) throw invalid();
    await tx.staffInvitation.update({ where: { id: invitation.invitationId }, data: { acceptedAt: now } });
    await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash } });
    await recordAuditEvent(tx, {
      type: "user.invitation_accepted",
      actorKind: "STAFF",
      actorId: invitation.userId,
      ip: origin.ip ?? null,
      userAgent: origin.userAgent ?? null,
      data: { userId: invitation.userId, invitationId: invitation.invitationId },
    });
    return { userId: invitation.userId };
  });
}
