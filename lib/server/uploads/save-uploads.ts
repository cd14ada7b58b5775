import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import type { UploadPurpose } from "@/lib/db/generated/client";
import type { CheckedFile } from "./check-upload";
import { writeUpload } from "./upload-store";

/**
 * Writes checked files outside the web root and returns their Upload rows, numbered from `firstNumber`
 * within the case, for the caller to insert in its transaction. The paths written are pushed to
 * `written`, so the caller can remove the files if that transaction fails.
 */
export function writeUploadFiles(
  caseId: string,
  files: CheckedFile[],
  purpose: UploadPurpose,
  written: string[],
  firstNumber = 1,
) {
  return files.map((file, i) => {
    const id = randomUUID();
    written.push(writeUpload(env().dataDir, caseId, id, file.bytes));
    return {
      id,
      caseId,
      purpose,
      number: firstNumber + i,
      filename: file.filename,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: file.sha256,
    };
  });
}

/**
 * Writes the files and inserts their rows in the caller's transaction (see writeUploadFiles). Their
 * numbers come from the case's counter, taken under the case row's lock, so they are never given twice.
 */
export async function saveUploads(
  tx: Tx,
  caseId: string,
  files: CheckedFile[],
  purpose: UploadPurpose,
  written: string[],
  createdAt = new Date(),
): Promise<void> {
  if (files.length === 0) return;
  const { lastUploadNumber } = await tx.case.update({
    where: { id: caseId },
    data: { lastUploadNumber: { increment: files.length } },
    select: { lastUploadNumber: true },
  });
  const rows = writeUploadFiles(caseId, files, purpose, written, lastUploadNumber - files.length + 1);
  await tx.upload.createMany({ data: rows.map((row) => ({ ...row, createdAt })) });
}
