import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { staffAccountSchema } from "@/lib/domain/users/staff-accounts";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { lockStaffAccount } from "./lock-staff-account";
import { queueInvitation } from "./queue-invitation";

/**
 * Sends a pending invitation again with a new link (only hashes are stored, so the old link cannot be
 * re-sent); the old link stops working. Refused once the person has set a password.
 */
export async function resendInvitation(
  input: z.input<typeof staffAccountSchema>,
  actor: Actor,
  now = new Date(),
): Promise<{ invitationId: string }> {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN", "problems.adminsInviteStaff");
  const { userId } = parseInput(staffAccountSchema, input);
  return db().$transaction(async (tx) => {
    const { target } = await lockStaffAccount(tx, userId);
    if (!target) throw new AppError("NOT_FOUND", "problems.noSuchStaffMember");
    const pending = await tx.staffInvitation.count({ where: { userId, acceptedAt: null } });
    const accepted = await tx.staffInvitation.count({ where: { userId, acceptedAt: { not: null } } });
    if (pending === 0 || accepted > 0) throw new AppError("CONFLICT", "problems.passwordAlreadySet");
    if (target.disabled) throw new AppError("CONFLICT", "problems.enableBeforeInvitation");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const { invitationId } = await queueInvitation(tx, user, actor.name, now);
    await recordAuditEvent(tx, {
      type: "user.invitation_resent",
      ...staffEvent(actor),
      data: { userId, invitationId },
    });
    return { invitationId };
  });
}
