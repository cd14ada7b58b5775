import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/roles";
import { normalizeEmail } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { inviteStaffSchema } from "@/lib/domain/users/staff-accounts";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { queueInvitation } from "./queue-invitation";

/**
 * An administrator invites a staff member: the account is created at once (so the email is taken) with a
 * password nobody knows, and the invitation email carries a link to set the real one.
 */
export async function inviteStaff(
  input: z.input<typeof inviteStaffSchema>,
  actor: Actor,
  now = new Date(),
): Promise<{ userId: string; invitationId: string }> {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN", "problems.adminsInviteStaff");
  const data = parseInput(inviteStaffSchema, input);
  const email = normalizeEmail(data.email);
  // A real argon2id hash of a discarded secret: sign-in attempts take the usual time and always fail.
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return db().$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: an address already in use (even by a concurrent invitation) is a field error.
    const [user] = await tx.user.createManyAndReturn({
      data: [{ email, name: data.name, role: data.role, locale: data.locale, passwordHash, createdAt: now }],
      skipDuplicates: true,
    });
    if (!user) {
      throw new AppError("CONFLICT", "problems.checkFields", {
        email: ["staff_email_exists"],
      });
    }
    const { invitationId } = await queueInvitation(tx, user, actor.name, now);
    await recordAuditEvent(tx, {
      type: "user.invited",
      ...staffEvent(actor),
      data: { userId: user.id, role: user.role, locale: user.locale, invitationId },
    });
    return { userId: user.id, invitationId };
  });
}
