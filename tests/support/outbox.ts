import type { Db } from "@/lib/db/client";

/** The payload of the newest queued email of a template for a case (what the requester would read). */
export async function lastEmailPayload<T>(prisma: Db, caseId: string, template: string): Promise<T> {
  const row = await prisma.outboxEmail.findFirstOrThrow({
    where: { caseId, template },
    orderBy: { createdAt: "desc" },
  });
  return row.payload as T;
}
