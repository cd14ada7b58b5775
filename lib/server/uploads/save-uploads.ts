import { randomUUID } from "node:crypto";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import type { UploadPurpose } from "@/lib/db/generated/client";
import type { CheckedFile } from "./check-upload";
import { writeUpload } from "./upload-store";

/**
 * Writes checked files outside the web root and returns their Upload rows, for the caller to insert in
 * its transaction. The paths written are pushed to `written`, so the caller can remove the files if
 * that transaction fails.
 */
export function writeUploadFiles(caseId: string, files: CheckedFile[], purpose: UploadPurpose, written: string[]) {
  return files.map((file) => {
    const id = randomUUID();
    written.push(writeUpload(env().dataDir, caseId, id, file.bytes));
    return {
      id,
      caseId,
      purpose,
      filename: file.filename,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: file.sha256,
    };
  });
}

/** Writes the files and inserts their rows in the caller's transaction (see writeUploadFiles). */
export async function saveUploads(
  tx: Tx,
  caseId: string,
  files: CheckedFile[],
  purpose: UploadPurpose,
  written: string[],
): Promise<void> {
  const rows = writeUploadFiles(caseId, files, purpose, written);
  if (rows.length) await tx.upload.createMany({ data: rows });
}
