import "server-only";
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { idRow, queryRows } from "@/lib/db/typed-rows";
import { enqueueEmail } from "@/lib/email/outbox";
import { retentionCutoffs } from "@/lib/domain/retention/retention-policy";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { loadRetentionPolicy } from "@/lib/server/retention/retention-policy-store";
import { removeFiles, uploadPath } from "@/lib/server/uploads/upload-store";

/**
 * Requests never confirmed within the retention policy's `unverifiedDays` (7 by default) are closed as
 * EXPIRED, the requester is told once, and their personal data is purged (contact details, request
 * details, subject, uploads); the reference, type, regime and dates stay for the register. Batched; safe
 * to run again or twice at once.
 */
export async function expireUnverifiedRequests(prisma: Db, now = new Date()): Promise<number> {
  const cutoff = retentionCutoffs(await loadRetentionPolicy(prisma), now).expireUnverifiedReceivedBefore;
  let expired = 0;
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      const rows = await queryRows(
        tx,
        idRow,
        Prisma.sql`
        SELECT id FROM "Case" WHERE status = 'UNVERIFIED' AND "receivedAt" < ${cutoff}
        ORDER BY "receivedAt" LIMIT 200 FOR UPDATE SKIP LOCKED`,
      );
      const files: string[] = [];
      for (const { id } of rows) {
        const found = await tx.case.findUniqueOrThrow({ where: { id }, include: { requester: true, uploads: true } });
        await enqueueEmail(tx, {
          template: "requester-expired",
          to: found.requester.email,
          locale: found.requester.locale,
          caseId: id,
          payload: {},
        });
        files.push(...found.uploads.map((u) => uploadPath(env().dataDir, id, u.id)));
        await tx.upload.deleteMany({ where: { caseId: id } });
        await tx.caseVerification.deleteMany({ where: { caseId: id } });
        await tx.case.update({
          where: { id },
          data: {
            status: "CLOSED",
            outcome: "EXPIRED",
            closedAt: now,
            nextReminderAt: null,
            details: {},
            subjectName: null,
            subjectEmail: null,
            subjectDateOfBirthEncrypted: null,
            subjectRelationship: null,
            customerNameGiven: null,
            version: { increment: 1 },
          },
        });
        await tx.requester.update({
          where: { id: found.requesterId },
          data: {
            name: "",
            email: `purged-${found.requesterId}@invalid`,
            phoneEncrypted: null,
            postalAddressEncrypted: null,
          },
        });
        await recordAuditEvent(tx, { type: "case.expired", actorKind: "SYSTEM", caseId: id, data: { purged: true } });
      }
      return { count: rows.length, files };
    });
    removeFiles(batch.files);
    expired += batch.count;
    if (batch.count < 200) return expired;
  }
}
