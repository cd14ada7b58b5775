import "server-only";
import type { Db } from "@/lib/db/client";
import { ANONYMIZED_RECIPIENT } from "./anonymize-expired-cases";

/**
 * Emails tied to no case (status links sent on request, staff invitations and digests) are kept as long
 * as a closed case would keep them: past that, one batch loses its recipient, payload and error text
 * (what was sent, and when, stays). Emails still to be delivered are left alone, and so are those to a
 * requester who still has a case with personal data (not anonymized: open, recent or on legal hold),
 * since status links name that person's cases.
 */
export async function scrubOldEmails(prisma: Db, sentBefore: Date, batchSize: number): Promise<number> {
  return prisma.$executeRaw`
    UPDATE "OutboxEmail" SET "to" = ${ANONYMIZED_RECIPIENT}, payload = '{}', "lastError" = NULL
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE "caseId" IS NULL AND "createdAt" < ${sentBefore} AND status IN ('SENT', 'FAILED')
        AND "to" <> ${ANONYMIZED_RECIPIENT}
        AND NOT EXISTS (SELECT 1 FROM "Requester" r WHERE r.email = "OutboxEmail"."to")
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED)`;
}
