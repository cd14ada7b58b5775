import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { resendRoutingSchema } from "@/lib/domain/routing/routing-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { issueRouting, revokeOpenRoutings } from "./route-to-customer";
import { chosenContacts } from "./routing-contacts";

/**
 * Sends a routed request to the customer again, with a new link (the old one stops working), to
 * contacts listed on that customer only. The routing clock starts again from now; the audit event names
 * the customer and the contacts by id.
 */
export function resendRouting(input: z.input<typeof resendRoutingSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, action: "manageRouting", schema: resendRoutingSchema, input },
    async ({ tx, data, found }) => {
      const current = await tx.customerRouting.findFirst({
        where: { caseId: found.id, state: "SENT", revokedAt: null },
        orderBy: { createdAt: "desc" },
        include: { customer: true },
      });
      if (!current) throw new AppError("CONFLICT", "problems.noOpenRoutingToResend");
      const contacts = await chosenContacts(tx, current.customer, data.contactIds);
      await revokeOpenRoutings(tx, found.id, now);
      const routing = await issueRouting(tx, found, current.customer, contacts, actor, now);
      await tx.case.update({ where: { id: found.id }, data: { routingState: "SENT" } });
      await recordAuditEvent(tx, {
        type: "routing.resent",
        ...staffEvent(actor),
        caseId: found.id,
        data: {
          routingId: routing.id,
          replaced: current.id,
          customerId: current.customerId,
          contactIds: contacts.map((c) => c.id),
        },
      });
      return { routingId: routing.id };
    },
  );
}
