import { db } from "@/lib/db/client";

export interface QueueRow {
  id: string;
  reference: string;
  type: string;
  status: string;
  regime: string;
  receivedAt: Date;
  dueAt: Date;
  assigneeName: string | null;
}

/** Open, verified cases, most urgent first (served by the (status, dueAt) index). */
export async function listCaseQueue(limit = 50): Promise<QueueRow[]> {
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
      assignee: { select: { name: true } },
    },
  });
  return rows.map(({ assignee, ...row }) => ({ ...row, assigneeName: assignee?.name ?? null }));
}
