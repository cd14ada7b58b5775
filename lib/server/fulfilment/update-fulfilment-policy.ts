import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import {
  fulfilmentPolicySchema,
  type FulfilmentPolicySettings,
} from "@/lib/domain/fulfilment/fulfilment-policy-settings";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "@/lib/server/settings/changed-fields";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";

const FIELDS = [
  "remindAfterBusinessDays",
  "escalateAfterBusinessDays",
  "maxFilesPerResult",
  "maxFileMegabytes",
  "maxDeliveryAttempts",
  "allowedPrivateHosts",
] as const;

const storedPolicy = z.object({
  remindAfterBusinessDays: z.number().int(),
  escalateAfterBusinessDays: z.number().int(),
  maxFilesPerResult: z.number().int(),
  maxFileMegabytes: z.number().int(),
  maxDeliveryAttempts: z.number().int(),
  allowedPrivateHosts: z.array(z.string()),
}) satisfies z.ZodType<FulfilmentPolicySettings>;

/**
 * An administrator sets the fulfilment clock and limits. New clock values apply to tasks made (or links
 * sent again) from now on; file caps and delivery attempts apply from the next result or attempt. The
 * audit event records each changed value before and after (host names, no personal data).
 */
export async function updateFulfilmentPolicy(input: z.input<typeof fulfilmentPolicySchema>, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "problems.adminsChangeSettings");
  const data = parseInput(fulfilmentPolicySchema, input);
  return db().$transaction(async (tx) => {
    await loadFulfilmentPolicy(tx);
    // Two administrators saving at once: each change is recorded against the values it replaced.
    const [before] = await queryRows(
      tx,
      storedPolicy,
      Prisma.sql`
      SELECT "remindAfterBusinessDays", "escalateAfterBusinessDays", "maxFilesPerResult", "maxFileMegabytes",
        "maxDeliveryAttempts", "allowedPrivateHosts"
      FROM "FulfilmentPolicy" WHERE id = 1 FOR UPDATE`,
    );
    const changes = changedFields(FIELDS, before, data);
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    await tx.fulfilmentPolicy.update({ where: { id: 1 }, data });
    await recordAuditEvent(tx, { type: "settings.fulfilment_policy_updated", ...staffEvent(actor), data: { changes } });
    return { changed: Object.keys(changes) };
  });
}
