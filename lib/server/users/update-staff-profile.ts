import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { staffProfileSchema } from "@/lib/domain/users/staff-accounts";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "@/lib/server/settings/changed-fields";

/**
 * A staff member sets their own language: their emails (assignments, reminders, digests, routing alerts)
 * are written in it from the next one on. Audited with the value before and after.
 */
export async function updateStaffProfile(
  input: z.input<typeof staffProfileSchema>,
  actor: Actor,
): Promise<{ changed: string[] }> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.staffOnlyProfile");
  const data = parseInput(staffProfileSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    const changes = changedFields(["locale"], before, data);
    if (Object.keys(changes).length === 0) return { changed: [] };
    await tx.user.update({ where: { id: actor.id }, data: { locale: data.locale } });
    await recordAuditEvent(tx, { type: "user.profile_updated", ...staffEvent(actor), data: { changes } });
    return { changed: Object.keys(changes) };
  });
}
