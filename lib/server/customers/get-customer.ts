import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { medianOf, timeToAcknowledge } from "@/lib/domain/customers/acknowledgement-time";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";

/** How many routings the page lists (the most recent); the median counts them all. */
const ROUTINGS_SHOWN = 200;

/**
 * One customer for its page: the registration, and the cases routed to it with their state and
 * timings (latest first) and its median time to acknowledge. Analysts see the routings of the cases
 * they may open; the median is over every routing.
 */
export async function getCustomer(customerId: string, actor: Actor) {
  if (!can(actor.role, "customers:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  if (!/^[0-9a-f-]{36}$/i.test(customerId)) throw new AppError("NOT_FOUND", "problems.noSuchCustomer");
  const customer = await db().cloudCustomer.findUnique({ where: { id: customerId } });
  if (!customer) throw new AppError("NOT_FOUND", "problems.noSuchCustomer");
  const [routings, acknowledged, confirmedCases] = await Promise.all([
    db().customerRouting.findMany({
      where: { customerId },
      orderBy: { sentAt: "desc" },
      take: ROUTINGS_SHOWN,
      select: {
        id: true,
        state: true,
        sentAt: true,
        acknowledgedAt: true,
        respondedAt: true,
        case: { select: { id: true, reference: true, assigneeId: true } },
      },
    }),
    db().customerRouting.findMany({
      where: { customerId, acknowledgedAt: { not: null } },
      select: { sentAt: true, acknowledgedAt: true },
    }),
    db().case.count({ where: { customerId } }),
  ]);
  const visible = routings.filter((r) => canSeeCase(actor, r.case.assigneeId));
  return {
    customer,
    confirmedCases,
    routings: visible.map((r) => ({
      id: r.id,
      caseId: r.case.id,
      reference: r.case.reference,
      state: r.state,
      sentAt: r.sentAt,
      acknowledgedAt: r.acknowledgedAt,
      respondedAt: r.respondedAt,
      timeToAcknowledgeMs: timeToAcknowledge(r),
    })),
    hiddenRoutings: routings.length - visible.length,
    acknowledgedCount: acknowledged.length,
    medianAcknowledgeMs: medianOf(acknowledged.flatMap((r) => timeToAcknowledge(r) ?? [])),
  };
}

export type CustomerDetail = Awaited<ReturnType<typeof getCustomer>>;
