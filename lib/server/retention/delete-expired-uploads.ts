import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { idRow, queryRows } from "@/lib/db/typed-rows";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** An upload row as its DELETE returns it. */
const deletedUploadRow = z.object({ caseId: z.string(), id: z.string(), purpose: z.string() });

export interface DeletedUploadsBatch {
  cases: number;
  /** The deleted uploads (case, upload): their files are removed once the transaction has committed. */
  uploads: { caseId: string; id: string }[];
}

/**
 * One batch of closed cases (not on legal hold) whose documents are past their period after closure:
 * the upload rows go, with one SYSTEM audit event per case (counts by purpose). The case itself keeps
 * its data until its own period ends. Driven from the uploads table, which only holds documents still
 * kept, so a night with nothing due costs one small scan.
 */
export async function deleteExpiredUploads(
  prisma: Db,
  closedBefore: Date,
  batchSize: number,
): Promise<DeletedUploadsBatch> {
  return prisma.$transaction(async (tx) => {
    const claimed = await queryRows(
      tx,
      idRow,
      Prisma.sql`
      SELECT c.id FROM "Case" c
      WHERE c.id IN (SELECT u."caseId" FROM "Upload" u)
        AND c.status = 'CLOSED' AND c."closedAt" < ${closedBefore} AND NOT c."legalHold"
      ORDER BY c."closedAt" LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`,
    );
    if (claimed.length === 0) return { cases: 0, uploads: [] };
    const ids = claimed.map((c) => c.id);
    const deleted = await queryRows(
      tx,
      deletedUploadRow,
      Prisma.sql`DELETE FROM "Upload" WHERE "caseId" = ANY(${ids}::uuid[]) RETURNING "caseId", id, purpose::text`,
    );
    for (const caseId of ids) {
      const purposes: Record<string, number> = {};
      for (const upload of deleted)
        if (upload.caseId === caseId) purposes[upload.purpose] = (purposes[upload.purpose] ?? 0) + 1;
      await recordAuditEvent(tx, {
        type: "case.uploads_deleted",
        actorKind: "SYSTEM",
        caseId,
        data: { reason: "retention", uploads: purposes },
      });
    }
    return { cases: ids.length, uploads: deleted.map(({ caseId, id }) => ({ caseId, id })) };
  });
}
