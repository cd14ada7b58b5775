import "server-only";
import { db } from "@/lib/db/client";
import { deadlineStatus, type DeadlineStatus } from "@/lib/domain/deadlines";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";
import { caseIdForStatusToken } from "./case-for-status-token";

/** Audit events the requester sees on their timeline, by type (the rest are internal). */
const PUBLIC_EVENTS = new Set([
  "case.submitted",
  "case.logged",
  "case.email_verified",
  "deadline.clock_paused",
  "deadline.clock_resumed",
  "deadline.clock_restarted",
  "deadline.extended",
  "case.withdrawn",
  "case.closed",
  "case.routed",
  "routing.acknowledge",
  "routing.complete",
  "routing.decline",
]);

/** What the customer has done with the request, as the requester may read it (revoked links are left out). */
export type PublicRoutingState = "SENT" | "ACKNOWLEDGED" | "COMPLETED_BY_CONTROLLER" | "DECLINED_BY_CONTROLLER";

export interface RoutingView {
  /** The business customer who decides on the request (policy 6.4): its name, never more about it. */
  customerName: string;
  state: PublicRoutingState;
  /** Its privacy contacts, which the requester was also sent by email, so they can reach the customer. */
  contactEmails: string[];
}

export interface StatusView {
  reference: string;
  type: string;
  status: string;
  outcome: string | null;
  dueDate: string;
  deadline: DeadlineStatus;
  extensionReason: string | null;
  canWithdraw: boolean;
  canReply: boolean;
  timeline: { type: string; at: Date }[];
  messages: { author: "STAFF" | "REQUESTER"; body: string; at: Date }[];
  routing: RoutingView | null;
}

/**
 * The customer now deciding on the case, if any: while it is routed, once closed as transferred, and
 * after a decline while we keep working on it (until it is routed elsewhere or closed otherwise).
 */
function routingOf(found: {
  status: string;
  outcome: string | null;
  routingState: string | null;
  routings: { state: string; customer: { name: string; contactEmails: string[] } }[];
}): RoutingView | null {
  const latest = found.routings[0];
  if (!latest) return null;
  const shown =
    found.status === "ROUTED" ||
    found.outcome === "TRANSFERRED_TO_CONTROLLER" ||
    (found.status !== "CLOSED" && found.routingState === "DECLINED_BY_CONTROLLER");
  if (!shown) return null;
  return {
    customerName: latest.customer.name,
    state: latest.state as PublicRoutingState,
    contactEmails: latest.customer.contactEmails,
  };
}

/** What the private status page shows: only this case, and nothing internal. */
export async function statusView(token: string, now = new Date()): Promise<StatusView> {
  const prisma = db();
  const caseId = await caseIdForStatusToken(prisma, token, now);
  const found = await prisma.case.findUniqueOrThrow({
    where: { id: caseId },
    include: {
      auditEvents: { orderBy: { id: "asc" }, select: { type: true, createdAt: true } },
      messages: { orderBy: { createdAt: "asc" }, select: { author: true, body: true, createdAt: true } },
      routings: {
        where: { state: { not: "REVOKED" } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { state: true, customer: { select: { name: true, contactEmails: true } } },
      },
    },
  });
  const open = found.status !== "CLOSED";
  return {
    reference: found.reference,
    type: found.type,
    status: found.status,
    outcome: found.outcome,
    dueDate: found.dueDate,
    deadline: deadlineStatus({
      dueDate: found.dueDate,
      dueAt: found.dueAt,
      timeZone: policyOfCase(found.policy).timeZone,
      paused: found.clockPausedAt !== null,
      now,
    }),
    extensionReason: found.extensionReason,
    canWithdraw: open,
    canReply: open,
    timeline: found.auditEvents
      .filter((e) => PUBLIC_EVENTS.has(e.type))
      .map((e) => ({ type: e.type, at: e.createdAt })),
    messages: found.messages.map((m) => ({ author: m.author, body: m.body, at: m.createdAt })),
    routing: routingOf(found),
  };
}
