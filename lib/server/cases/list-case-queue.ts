import { db } from "@/lib/db/client";
import { deadlineStatus, type DeadlineStatus } from "@/lib/domain/deadlines";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";

export interface QueueRow {
  id: string;
  reference: string;
  type: string;
  status: string;
  regime: string;
  receivedAt: Date;
  dueAt: Date;
  dueDate: string;
  deadline: DeadlineStatus;
  extended: boolean;
  assigneeName: string | null;
}

/** Open, verified cases, most urgent first (served by the (status, dueAt) index). */
export async function listCaseQueue(now = new Date(), limit = 50): Promise<QueueRow[]> {
  const rows = await db().case.findMany({
    where: { status: { in: ["NEW", "IN_PROGRESS", "AWAITING_REQUESTER", "ROUTED"] } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      regime: true,
      receivedAt: true,
      dueAt: true,
      dueDate: true,
      policy: true,
      clockPausedAt: true,
      extendedAt: true,
      assignee: { select: { name: true } },
    },
  });
  return rows.map(({ assignee, policy, clockPausedAt, extendedAt, ...row }) => ({
    ...row,
    extended: extendedAt !== null,
    deadline: deadlineStatus({
      dueDate: row.dueDate,
      dueAt: row.dueAt,
      timeZone: policyOfCase(policy).timeZone,
      paused: clockPausedAt !== null,
      now,
    }),
    assigneeName: assignee?.name ?? null,
  }));
}
