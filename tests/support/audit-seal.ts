import type { Db } from "@/lib/db/client";
import { sealAuditEvents } from "@/lib/server/audit/seal-audit-events";

/**
 * Seals every committed audit event, as the background sealer does shortly after commit: tests that read
 * hashes or verify the chain right after a write call this first. Loops because a sealer running in the
 * background may hold the sealer's lock for a round (then this one seals nothing).
 */
export async function sealAudit(prisma: Db): Promise<void> {
  for (let round = 0; round < 200; round++) {
    await sealAuditEvents(prisma);
    if ((await prisma.auditEvent.count({ where: { chainSeq: null } })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("audit events stayed unsealed");
}
