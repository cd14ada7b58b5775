import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { caseInput } from "@/lib/server/cases/case-input";
import { changeCase } from "@/lib/server/cases/change-case";
import { issueRouting, revokeOpenRoutings } from "./route-to-customer";

export const resendRoutingSchema = z.object({
  ...caseInput,
  /** A different contact to send it to; by default the same contacts again. */
  contactEmail: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().trim().toLowerCase().email("Enter a valid email address.").max(320).optional(),
  ),
});

/**
 * Sends a routed request to the customer again, with a new link (the old one stops working), to the
 * same contacts or to a different one. The routing clock starts again from now.
 */
export function resendRouting(input: unknown, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "manageRouting", schema: resendRoutingSchema, input }, async ({ tx, data, found }) => {
    const current = await tx.customerRouting.findFirst({
      where: { caseId: found.id, state: "SENT", revokedAt: null },
      orderBy: { createdAt: "desc" },
      include: { customer: true },
    });
    if (!current) throw new AppError("CONFLICT", "There is no open routing to send again.");
    await revokeOpenRoutings(tx, found.id, now);
    const contacts = data.contactEmail ? [data.contactEmail] : current.contactEmails;
    const routing = await issueRouting(tx, found, current.customer, contacts, actor, now);
    await tx.case.update({ where: { id: found.id }, data: { routingState: "SENT" } });
    await recordAuditEvent(tx, {
      type: "routing.resent",
      ...staffEvent(actor),
      caseId: found.id,
      data: { routingId: routing.id, replaced: current.id, contactChanged: Boolean(data.contactEmail) },
    });
    return { routingId: routing.id };
  });
}
