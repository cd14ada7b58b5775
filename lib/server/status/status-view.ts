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
]);

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
  };
}
