import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { retentionPolicySchema, type RetentionDurations } from "@/lib/domain/retention/retention-policy";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "@/lib/server/settings/changed-fields";
import { loadRetentionPolicy } from "./retention-policy-store";

const FIELDS = ["closedCaseDays", "unverifiedDays", "uploadsAfterClosureDays"] as const;

const storedDurations = z.object({
  closedCaseDays: z.number().int(),
  unverifiedDays: z.number().int(),
  uploadsAfterClosureDays: z.number().int(),
}) satisfies z.ZodType<RetentionDurations>;

/**
 * An administrator sets how long personal data is kept. The next retention run (and expiry of unconfirmed
 * requests) applies the new periods to every case, including those closed before the change. The audit
 * event records each changed value before and after.
 */
export async function updateRetentionPolicy(input: z.input<typeof retentionPolicySchema>, actor: Actor) {
  if (!can(actor.role, "retention:manage")) {
    throw new AppError("FORBIDDEN", "problems.adminsChangeRetention");
  }
  const data = parseInput(retentionPolicySchema, input);
  return db().$transaction(async (tx) => {
    await loadRetentionPolicy(tx);
    // Two administrators saving at once: each change is recorded against the values it replaced.
    const [before] = await queryRows(
      tx,
      storedDurations,
      Prisma.sql`
      SELECT "closedCaseDays", "unverifiedDays", "uploadsAfterClosureDays"
      FROM "RetentionPolicy" WHERE id = 1 FOR UPDATE`,
    );
    const changes = changedFields(FIELDS, before, data);
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    await tx.retentionPolicy.update({ where: { id: 1 }, data });
    await recordAuditEvent(tx, { type: "settings.retention_policy_updated", ...staffEvent(actor), data: { changes } });
    return { changed: Object.keys(changes) };
  });
}
