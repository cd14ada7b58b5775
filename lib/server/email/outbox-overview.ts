import "server-only";
import { db } from "@/lib/db/client";

export interface OutboxOverview {
  counts: Record<"PENDING" | "SENDING" | "SENT" | "FAILED", number>;
  failed: { id: string; template: string; to: string; attempts: number; lastError: string | null; createdAt: Date }[];
}

/** What an administrator sees of the outbox: how much is waiting, and what gave up. */
export async function outboxOverview(): Promise<OutboxOverview> {
  const prisma = db();
  const grouped = await prisma.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { PENDING: 0, SENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  const failed = await prisma.outboxEmail.findMany({
    where: { status: "FAILED" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, template: true, to: true, attempts: true, lastError: true, createdAt: true },
  });
  return { counts, failed };
}
