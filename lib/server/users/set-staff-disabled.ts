import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { setStaffDisabledSchema } from "@/lib/domain/users/staff-accounts";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { keepAnActiveAdmin } from "./keep-an-active-admin";
import { lockStaffAccount } from "./lock-staff-account";

/**
 * An administrator disables or re-enables a staff account. Disabling takes effect on the person's next
 * request: every page, action and route re-reads the account, and sign-in refuses it.
 */
export async function setStaffDisabled(
  input: z.input<typeof setStaffDisabledSchema>,
  actor: Actor,
): Promise<{ changed: boolean }> {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN", "problems.adminsDisableStaff");
  const data = parseInput(setStaffDisabledSchema, input);
  if (data.disabled && data.userId === actor.id) throw new AppError("CONFLICT", "problems.cannotDisableSelf");
  return db().$transaction(async (tx) => {
    const locked = await lockStaffAccount(tx, data.userId);
    const { target } = locked;
    if (!target) throw new AppError("NOT_FOUND", "problems.noSuchStaffMember");
    if (target.disabled === data.disabled) return { changed: false };
    if (data.disabled) keepAnActiveAdmin(locked);
    await tx.user.update({ where: { id: target.id }, data: { disabled: data.disabled } });
    await recordAuditEvent(tx, {
      type: data.disabled ? "user.disabled" : "user.enabled",
      ...staffEvent(actor),
      data: { userId: target.id },
    });
    return { changed: true };
  });
}
