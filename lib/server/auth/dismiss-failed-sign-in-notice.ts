import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";

/**
 * The owner has read the notice of failed sign-ins on their account: it goes, and the audit trail
 * records that they were told (with the count), once even if they press twice at the same moment.
 */
export async function dismissFailedSignInNotice(actor: Actor): Promise<{ dismissed: boolean }> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: actor.id },
      select: { signInNoticeFailures: true, signInNoticeLastFailureAt: true },
    });
    if (!user || user.signInNoticeFailures === 0) return { dismissed: false };
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, ...user },
      data: { signInNoticeFailures: 0, signInNoticeLastFailureAt: null },
    });
    if (count === 0) return { dismissed: false };
    await recordAuditEvent(tx, {
      type: "auth.failed_sign_ins_dismissed",
      ...staffEvent(actor),
      data: { failedSignIns: user.signInNoticeFailures },
    });
    return { dismissed: true };
  });
}
