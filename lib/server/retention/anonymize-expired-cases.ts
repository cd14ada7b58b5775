import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { idRow, queryRows } from "@/lib/db/typed-rows";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** A case and the requester it shares with another case. */
const sharedRequesterRow = z.object({ id: z.string(), requesterId: z.string() });

/** What replaces free text that staff and requesters wrote (messages, notes) once a case is anonymized. */
export const REMOVED_TEXT = "(removed under the retention policy)";
/** The recipient kept on a sent email of an anonymized case. */
export const ANONYMIZED_RECIPIENT = "anonymized@invalid";

export interface AnonymizedBatch {
  cases: number;
  /** Upload rows deleted; their files are removed once the transaction has committed. */
  caseDirectories: string[];
}

const caseCounts = z.object({
  id: z.string(),
  messages: z.number().int(),
  notes: z.number().int(),
  uploads: z.number().int(),
  emails: z.number().int(),
  routings: z.number().int(),
  statusLinks: z.number().int(),
  verification: z.number().int(),
});

/**
 * One batch of closed cases past the retention period (not on legal hold, not yet anonymized), claimed
 * with SKIP LOCKED so a case someone is changing right now waits for the next batch, and so two runs
 * split the work instead of doing it twice.
 *
 * Removed: the requester's identity and contact details, the case's free text (details, subject, the
 * customer name as typed, closure and extension texts), message and note bodies, the customer's note and
 * contact addresses on routings, the recipient and payload of the case's emails (unsent ones are
 * deleted), status links, the email verification, and uploads. Kept, so the register and statistics stay
 * true: the reference, type, regime, channel, dates, outcome and denial reason, the customer, the routing
 * state, the clock stops and the audit trail (which holds no personal data). One SYSTEM audit event per
 * case, with counts only.
 */
export async function anonymizeExpiredCases(
  prisma: Db,
  closedBefore: Date,
  now: Date,
  batchSize: number,
): Promise<AnonymizedBatch> {
  return prisma.$transaction(async (tx) => {
    const claimed = await queryRows(
      tx,
      idRow,
      Prisma.sql`
      SELECT id FROM "Case"
      WHERE status = 'CLOSED' AND "closedAt" < ${closedBefore} AND NOT "legalHold" AND "anonymizedAt" IS NULL
      ORDER BY "closedAt" LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`,
    );
    if (claimed.length === 0) return { cases: 0, caseDirectories: [] };
    const ids = claimed.map((c) => c.id);
    const counts = await countsOf(tx, ids);
    await replaceRequesters(tx, ids);
    await tx.$executeRaw`DELETE FROM "Upload" WHERE "caseId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`UPDATE "CaseMessage" SET body = ${REMOVED_TEXT} WHERE "caseId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`UPDATE "CaseNote" SET body = ${REMOVED_TEXT} WHERE "caseId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE "CustomerRouting" SET "responseNote" = NULL, "contactEmails" = '{}'
      WHERE "caseId" = ANY(${ids}::uuid[])`;
    // What owners, systems and staff wrote on the case's tasks, and what a refusing webhook answered.
    await tx.$executeRaw`
      UPDATE "FulfilmentTask" SET reason = NULL, "responseExcerpt" = NULL WHERE "caseId" = ANY(${ids}::uuid[])`;
    // An email never delivered in all this time will not be: it goes. Sent ones stay as a record that
    // something was sent, and when, without the address or what it said.
    await tx.$executeRaw`
      DELETE FROM "OutboxEmail" WHERE "caseId" = ANY(${ids}::uuid[]) AND status IN ('PENDING', 'FAILED')`;
    await tx.$executeRaw`
      UPDATE "OutboxEmail" SET "to" = ${ANONYMIZED_RECIPIENT}, payload = '{}', "lastError" = NULL
      WHERE "caseId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`DELETE FROM "StatusLink" WHERE "caseId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`DELETE FROM "CaseVerification" WHERE "caseId" = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE "Case" SET
        details = '{}', "subjectName" = NULL, "subjectEmail" = NULL, "subjectDateOfBirthEncrypted" = NULL,
        "subjectRelationship" = NULL, "customerNameGiven" = NULL, "closureText" = NULL, "extensionReason" = NULL,
        "anonymizedAt" = ${now}, version = version + 1, "updatedAt" = ${now}
      WHERE id = ANY(${ids}::uuid[])`;
    // Last, so the audit chain's lock is held only for the inserts.
    for (const { id, ...removed } of counts) {
      await recordAuditEvent(tx, { type: "case.anonymized", actorKind: "SYSTEM", caseId: id, data: { removed } });
    }
    return { cases: ids.length, caseDirectories: counts.filter((c) => c.uploads > 0).map((c) => c.id) };
  });
}

function countsOf(tx: Tx, ids: string[]) {
  return queryRows(
    tx,
    caseCounts,
    Prisma.sql`
    SELECT c.id,
      (SELECT count(*) FROM "CaseMessage" x WHERE x."caseId" = c.id)::int AS messages,
      (SELECT count(*) FROM "CaseNote" x WHERE x."caseId" = c.id)::int AS notes,
      (SELECT count(*) FROM "Upload" x WHERE x."caseId" = c.id)::int AS uploads,
      (SELECT count(*) FROM "OutboxEmail" x WHERE x."caseId" = c.id)::int AS emails,
      (SELECT count(*) FROM "CustomerRouting" x WHERE x."caseId" = c.id)::int AS routings,
      (SELECT count(*) FROM "StatusLink" x WHERE x."caseId" = c.id)::int AS "statusLinks",
      (SELECT count(*) FROM "CaseVerification" x WHERE x."caseId" = c.id)::int AS verification
    FROM "Case" c WHERE c.id = ANY(${ids}::uuid[])
    ORDER BY c."closedAt", c.id`,
  );
}

/**
 * The requester's name, address and contact details go. A requester is created per request, so the row
 * is normally this case's alone and is blanked in place; should another case that keeps its data still
 * point to it, this case gets a new anonymous requester instead.
 */
async function replaceRequesters(tx: Tx, ids: string[]): Promise<void> {
  const shared = await queryRows(
    tx,
    sharedRequesterRow,
    Prisma.sql`
    SELECT c.id, c."requesterId" FROM "Case" c
    WHERE c.id = ANY(${ids}::uuid[]) AND EXISTS (
      SELECT 1 FROM "Case" o
      WHERE o."requesterId" = c."requesterId" AND o."anonymizedAt" IS NULL AND NOT (o.id = ANY(${ids}::uuid[])))`,
  );
  for (const { id, requesterId } of shared) {
    const original = await tx.requester.findUniqueOrThrow({ where: { id: requesterId } });
    const replacement = randomUUID();
    await tx.requester.create({
      data: {
        id: replacement,
        email: `anonymized-${replacement}@invalid`,
        name: "",
        relationship: original.relationship,
        locale: original.locale,
        country: original.country,
        emailVerifiedAt: original.emailVerifiedAt,
        createdAt: original.createdAt,
      },
    });
    await tx.$executeRaw`UPDATE "Case" SET "requesterId" = ${replacement}::uuid WHERE id = ${id}::uuid`;
  }
  await tx.$executeRaw`
    UPDATE "Requester" r SET
      name = '', email = 'anonymized-' || r.id || '@invalid',
      "phoneEncrypted" = NULL, "postalAddressEncrypted" = NULL, region = NULL
    WHERE r.id IN (SELECT "requesterId" FROM "Case" WHERE id = ANY(${ids}::uuid[]))
      AND NOT EXISTS (
        SELECT 1 FROM "Case" o
        WHERE o."requesterId" = r.id AND o."anonymizedAt" IS NULL AND NOT (o.id = ANY(${ids}::uuid[])))`;
}
