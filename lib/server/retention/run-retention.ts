import "server-only";
import { rmSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import { retentionCutoffs, type RetentionDurations } from "@/lib/domain/retention/retention-policy";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { removeFiles, uploadPath } from "@/lib/server/uploads/upload-store";
import { anonymizeExpiredCases } from "./anonymize-expired-cases";
import { deleteExpiredUploads } from "./delete-expired-uploads";
import { loadRetentionPolicy } from "./retention-policy-store";
import { scrubOldEmails } from "./scrub-old-emails";

export interface RetentionResult {
  /** Closed cases anonymized in this run. */
  anonymized: number;
  /** Closed cases (not yet anonymized) whose documents were deleted, and how many documents. */
  casesWithUploadsDeleted: number;
  uploadsDeleted: number;
  /** Emails tied to no case (status links, staff notifications) whose recipient and content were removed. */
  emailsScrubbed: number;
  policy: RetentionDurations;
}

/** Cases per transaction: small enough that other work never waits long for the database. */
export const RETENTION_BATCH = 200;

/**
 * Applies the retention policy: anonymizes closed cases past `closedCaseDays`, deletes the documents of
 * closed cases past `uploadsAfterClosureDays` (cases on legal hold are skipped by both), and removes the
 * recipient and content of emails tied to no case once they are `closedCaseDays` old. Each batch is its own
 * transaction; files are removed after it commits (a rolled-back batch keeps its files). Running it again,
 * or twice at once, changes nothing more. Records one `retention.run` audit event with the totals.
 */
export async function runRetention(
  prisma: Db,
  now = new Date(),
  options: { batchSize?: number; dataDir?: string } = {},
): Promise<RetentionResult> {
  const batchSize = options.batchSize ?? RETENTION_BATCH;
  const dataDir = options.dataDir ?? env().dataDir;
  const policy = await loadRetentionPolicy(prisma);
  const cutoffs = retentionCutoffs(policy, now);
  const result: RetentionResult = {
    anonymized: 0,
    casesWithUploadsDeleted: 0,
    uploadsDeleted: 0,
    emailsScrubbed: 0,
    policy,
  };

  for (;;) {
    const batch = await anonymizeExpiredCases(prisma, cutoffs.anonymizeClosedBefore, now, batchSize);
    for (const caseId of batch.caseDirectories) {
      rmSync(path.join(dataDir, "uploads", caseId), { recursive: true, force: true });
    }
    result.anonymized += batch.cases;
    if (batch.cases < batchSize) break;
  }
  for (;;) {
    const batch = await deleteExpiredUploads(prisma, cutoffs.deleteUploadsClosedBefore, batchSize);
    removeFiles(batch.uploads.map((u) => uploadPath(dataDir, u.caseId, u.id)));
    result.casesWithUploadsDeleted += batch.cases;
    result.uploadsDeleted += batch.uploads.length;
    if (batch.cases < batchSize) break;
  }
  for (;;) {
    const scrubbed = await scrubOldEmails(prisma, cutoffs.anonymizeClosedBefore, batchSize);
    result.emailsScrubbed += scrubbed;
    if (scrubbed < batchSize) break;
  }

  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "retention.run",
      actorKind: "SYSTEM",
      data: {
        at: now.toISOString(),
        anonymized: result.anonymized,
        casesWithUploadsDeleted: result.casesWithUploadsDeleted,
        uploadsDeleted: result.uploadsDeleted,
        emailsScrubbed: result.emailsScrubbed,
        policy: { ...policy },
      },
    }),
  );
  return result;
}
