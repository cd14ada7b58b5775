import "server-only";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Uploaded files live under DATA_DIR/uploads/<caseId>/<uploadId>, outside the web root, readable only by
 * the app (mode 0600) and served only to authorized staff through a checked route.
 */
export function uploadPath(dataDir: string, caseId: string, uploadId: string): string {
  return path.join(dataDir, "uploads", caseId, uploadId);
}

export function writeUpload(dataDir: string, caseId: string, uploadId: string, bytes: Buffer): string {
  const file = uploadPath(dataDir, caseId, uploadId);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, bytes, { mode: 0o600, flag: "wx" });
  return file;
}

/** Removes files written for a transaction that did not commit. */
export function removeFiles(files: string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
