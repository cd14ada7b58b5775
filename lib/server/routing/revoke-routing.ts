import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { revokeRoutingSchema } from "@/lib/domain/routing/routing-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { revokeOpenRoutings } from "./route-to-customer";

/** Revokes the customer's link (sent to the wrong place, say): the case is back in progress with staff. */
export function revokeRouting(input: z.input<typeof revokeRoutingSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "manageRouting", schema: revokeRoutingSchema, input }, async ({ tx, found }) => {
    const revoked = await revokeOpenRoutings(tx, found.id, now);
    if (revoked === 0) throw new AppError("CONFLICT", "problems.noOpenLinkToRevoke");
    await tx.case.update({ where: { id: found.id }, data: { status: "IN_PROGRESS", routingState: "REVOKED" } });
    await recordAuditEvent(tx, {
      type: "routing.revoked",
      ...staffEvent(actor),
      caseId: found.id,
      data: { revoked, changes: { status: { from: "ROUTED", to: "IN_PROGRESS" } } },
    });
    return { revoked };
  });
}
