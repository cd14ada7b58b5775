import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { changeStaffRoleSchema } from "@/lib/domain/users/staff-accounts";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { keepAnActiveAdmin } from "./keep-an-active-admin";
import { lockStaffAccount } from "./lock-staff-account";

/** An administrator changes a staff member's role; it applies on their next request (guards re-read it). */
export async function changeStaffRole(
  input: z.input<typeof changeStaffRoleSchema>,
  actor: Actor,
): Promise<{ changed: boolean }> {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN", "problems.adminsChangeRoles");
  const data = parseInput(changeStaffRoleSchema, input);
  return db().$transaction(async (tx) => {
    const locked = await lockStaffAccount(tx, data.userId);
    const { target } = locked;
    if (!target) throw new AppError("NOT_FOUND", "problems.noSuchStaffMember");
    if (target.role === data.role) return { changed: false };
    if (data.role !== "ADMIN") keepAnActiveAdmin(locked);
    await tx.user.update({ where: { id: target.id }, data: { role: data.role } });
    await recordAuditEvent(tx, {
      type: "user.role_changed",
      ...staffEvent(actor),
      data: { userId: target.id, role: { from: target.role, to: data.role } },
    });
    return { changed: true };
  });
}
