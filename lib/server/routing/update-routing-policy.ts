import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { changedFields } from "@/lib/server/settings/changed-fields";
import { loadRoutingPolicy } from "./routing-policy";

const businessDays = (what: string) =>
  z.coerce
    .number({ message: `Enter ${what} as a number of business days.` })
    .int(`Enter ${what} as a whole number of business days.`)
    .min(1, "At least 1 business day.")
    .max(60, "At most 60 business days.");

const policyFields = z.object({
  forwardWithinBusinessDays: businessDays("the forwarding target"),
  remindAfterBusinessDays: businessDays("the reminder"),
  escalateAfterBusinessDays: businessDays("the escalation"),
  linkValidDays: z.coerce
    .number({ message: "Enter how many days a customer link works." })
    .int("Enter a whole number of days.")
    .min(1, "At least 1 day.")
    .max(90, "At most 90 days."),
});
const reminderAndEscalation = policyFields.pick({ remindAfterBusinessDays: true, escalateAfterBusinessDays: true });

export const routingPolicySchema = policyFields.refine((p) => p.remindAfterBusinessDays < p.escalateAfterBusinessDays, {
  path: ["escalateAfterBusinessDays"],
  message: "Escalate later than the customer is reminded.",
  // Compared only once both are valid numbers, so a bad value gets one message, next to its own field.
  when: (payload) => reminderAndEscalation.safeParse(payload.value).success,
});

export type RoutingPolicySettings = z.infer<typeof routingPolicySchema>;
const FIELDS = [
  "forwardWithinBusinessDays",
  "remindAfterBusinessDays",
  "escalateAfterBusinessDays",
  "linkValidDays",
] as const;

/**
 * An administrator sets the routing clock. New values apply to routings sent from now on (and to the
 * forwarding target shown on cases not yet routed); links and reminders already sent keep their dates.
 * The audit event records each changed value before and after.
 */
export async function updateRoutingPolicy(input: unknown, actor: Actor) {
  if (!can(actor.role, "settings:manage")) throw new AppError("FORBIDDEN", "Only administrators can change settings.");
  const data = parseInput(routingPolicySchema, input);
  return db().$transaction(async (tx) => {
    await loadRoutingPolicy(tx);
    // Two administrators saving at once: each change is recorded against the values it replaced.
    const [before] = await tx.$queryRaw<RoutingPolicySettings[]>`
      SELECT "forwardWithinBusinessDays", "remindAfterBusinessDays", "escalateAfterBusinessDays", "linkValidDays"
      FROM "RoutingPolicy" WHERE id = 1 FOR UPDATE`;
    const changes = changedFields(FIELDS, before, data);
    if (Object.keys(changes).length === 0) return { changed: [] as string[] };
    await tx.routingPolicy.update({ where: { id: 1 }, data });
    await recordAuditEvent(tx, { type: "settings.routing_policy_updated", ...staffEvent(actor), data: { changes } });
    return { changed: Object.keys(changes) };
  });
}
