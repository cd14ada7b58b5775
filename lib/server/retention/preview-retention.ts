import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { retentionCutoffs, type RetentionDurations } from "@/lib/domain/retention/retention-policy";
import { loadRetentionPolicy } from "./retention-policy-store";

/** Closed cases due for anonymizing, and those held. */
const dueHeldRow = z.object({ due: z.number().int(), held: z.number().int() });

/** A case reference. */
const referenceRow = z.object({ reference: z.string() });

/** Cases with uploads due for deletion, and their files. */
const uploadCountsRow = z.object({ cases: z.number().int(), files: z.number().int() });

export const PREVIEW_REFERENCES = 100;

export interface RetentionPreview {
  policy: RetentionDurations;
  /** Closed cases the next run anonymizes, and the first references in the order it takes them. */
  toAnonymize: { count: number; references: string[] };
  /** Documents of closed cases the next run deletes (cases not on hold, anonymized or not yet). */
  uploadsToDelete: { cases: number; files: number };
  /** Closed cases past the period that a legal hold keeps as they are. */
  heldPastPeriod: number;
  /** The last run: when, and what it did. */
  lastRun: { at: Date; data: unknown } | null;
}

/** The dry run: what the next retention run would do if it ran at `now`. Reads only. */
export async function previewRetention(prisma: Db, now = new Date()): Promise<RetentionPreview> {
  const policy = await loadRetentionPolicy(prisma);
  const cutoffs = retentionCutoffs(policy, now);
  const closedBefore = cutoffs.anonymizeClosedBefore;
  const [counts] = await queryRows(
    prisma,
    dueHeldRow,
    Prisma.sql`
    SELECT count(*) FILTER (WHERE NOT "legalHold")::int AS due, count(*) FILTER (WHERE "legalHold")::int AS held
    FROM "Case" WHERE status = 'CLOSED' AND "closedAt" < ${closedBefore} AND "anonymizedAt" IS NULL`,
  );
  const first = await queryRows(
    prisma,
    referenceRow,
    Prisma.sql`
    SELECT reference FROM "Case"
    WHERE status = 'CLOSED' AND "closedAt" < ${closedBefore} AND NOT "legalHold" AND "anonymizedAt" IS NULL
    ORDER BY "closedAt" LIMIT ${PREVIEW_REFERENCES}`,
  );
  const [uploads] = await queryRows(
    prisma,
    uploadCountsRow,
    Prisma.sql`
    SELECT count(DISTINCT u."caseId")::int AS cases, count(*)::int AS files
    FROM "Upload" u JOIN "Case" c ON c.id = u."caseId"
    WHERE c.status = 'CLOSED' AND c."closedAt" < ${cutoffs.deleteUploadsClosedBefore} AND NOT c."legalHold"`,
  );
  const last = await prisma.auditEvent.findFirst({
    where: { type: "retention.run" },
    orderBy: { id: "desc" },
    select: { createdAt: true, data: true },
  });
  return {
    policy,
    toAnonymize: { count: counts?.due ?? 0, references: first.map((r) => r.reference) },
    uploadsToDelete: { cases: uploads?.cases ?? 0, files: uploads?.files ?? 0 },
    heldPastPeriod: counts?.held ?? 0,
    lastRun: last ? { at: last.createdAt, data: last.data } : null,
  };
}
