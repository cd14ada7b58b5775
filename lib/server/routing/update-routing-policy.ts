import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "@/lib/server/settings/changed-fields";
import { loadRoutingPolicy } from "./routing-policy";
import { routingPolicySchema, type RoutingPolicySettings } from "@/lib/domain/routing/routing-policy-settings";

const FIELDS = [
  "forwardWithinBusinessDays",
  "remindAfterBusinessDays",
  "escalateAfterBusinessDays",
  "linkValidDays",
] as const;

const storedPolicy = z.object({
  forwardWithinBusinessDays: z.number().int(),
  remindAfterBusinessDays: z.number().int(),
  escalateAfterBusinessDays: z.number().int(),
  linkValidDays: z.number().int(),
}) satisfies z.ZodType<RoutingPolicySettings>;

/**
 * An administrator sets the routing clock. New values apply to routings sent from now on (and to the
 * forwarding target shown on cases not yet routed); links and reminders already sent keep their dates.
 * The audit event records each changed value before and after.
 */
export async function updateRoutingPolicy(input: z.input<typeof routingPolicySchema>, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "problems.adminsChangeSettings");
  const data = parseInput(routingPolicySchema, input);
  return db().$transaction(async (tx) => {
    await loadRoutingPolicy(tx);
    // Two administrators saving at once: each change is recorded against the values it replaced.
    const [before] = await queryRows(
      tx,
      storedPolicy,
      Prisma.sql`
      SELECT "forwardWithinBusinessDays", "remindAfterBusinessDays", "escalateAfterBusinessDays", "linkValidDays"
      FROM "RoutingPolicy" WHERE id = 1 FOR UPDATE`,
    );
    const changes = changedFields(FIELDS, before, data);
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    await tx.routingPolicy.update({ where: { id: 1 }, data });
    await recordAuditEvent(tx, { type: "settings.routing_policy_updated", ...staffEvent(actor), data: { changes } });
    return { changed: Object.keys(changes) };
  });
}
