import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import type { LockedCase } from "@/lib/server/cases/change-case";

/** While a routing is out (sent, or acknowledged and not yet answered), the case's customer stays. */
const ROUTING_OUT = ["SENT", "ACKNOWLEDGED"];

/**
 * Records which registered customer a locked case is about (or, with null, that none is confirmed),
 * audited with ids only. Refused on a closed case, and while the request is with another customer.
 */
export async function setCaseCustomer(
  tx: Tx,
  found: LockedCase,
  customer: { id: string } | null,
  actor: Actor,
): Promise<{ changed: boolean }> {
  const customerId = customer?.id ?? null;
  if (found.customerId === customerId) return { changed: false };
  if (found.status === "CLOSED") throw new AppError("CONFLICT", "problems.caseClosedReopenForCustomer");
  if (found.routingState && ROUTING_OUT.includes(found.routingState)) {
    throw new AppError("CONFLICT", "problems.routedRevokeFirst");
  }
  await tx.case.update({ where: { id: found.id }, data: { customerId } });
  await recordAuditEvent(tx, {
    type: customerId ? "case.customer-confirmed" : "case.customer-cleared",
    ...staffEvent(actor),
    caseId: found.id,
    data: { customerId, previousCustomerId: found.customerId },
  });
  return { changed: true };
}
