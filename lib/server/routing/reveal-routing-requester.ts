import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { routingApplies } from "@/lib/domain/routing/routing-answers";
import { revealRoutingRequesterSchema } from "@/lib/domain/routing/routing-response";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";
import { routingForToken } from "./routing-for-token";

/**
 * The requester's name and email for the customer's contact, who needs them to find the person's data
 * and to answer them (the controller decides and replies: policy 6.4, GDPR art. 12). Shown on request
 * rather than with the page, and audited each time, so the trail says whether and when the identity was
 * opened through a link (what a breach assessment asks if a link reached the wrong person). Only while
 * the routing applies; phone, postal address and the person acted for are never shown.
 */
export async function revealRoutingRequester(
  input: z.input<typeof revealRoutingRequesterSchema>,
  now = new Date(),
): Promise<{ name: string; email: string }> {
  const { token } = parseInput(revealRoutingRequesterSchema, input);
  return db().$transaction(async (tx) => {
    const routing = await routingForToken(tx, token, now);
    const found = await tx.case.findUniqueOrThrow({
      where: { id: routing.caseId },
      select: { id: true, status: true, outcome: true, requester: { select: { name: true, email: true } } },
    });
    if (!routingApplies(found)) throw new AppError("CONFLICT", "problems.routingNoLongerWaits");
    await recordAuditEvent(tx, {
      type: "routing.requester_revealed",
      actorKind: "CUSTOMER",
      caseId: found.id,
      data: { routingId: routing.id, customerId: routing.customerId },
    });
    return found.requester;
  });
}
