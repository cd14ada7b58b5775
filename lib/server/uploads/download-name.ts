import "server-only";
import type { CheckedFile } from "./check-upload";

const EXTENSIONS: Record<CheckedFile["contentType"], string> & Record<string, string | undefined> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  // A task's result files (lib/server/fulfilment/task-files.ts): an access export's other types.
  "image/gif": "gif",
  "image/webp": "webp",
  "application/zip": "zip",
  "application/json": "json",
  "text/csv": "csv",
};

/**
 * The name staff download an upload under: the case reference, the upload's number in the case and the
 * extension of the type detected from its bytes. Never the uploader's name: a JPEG called `x.html` must
 * not be saved (and later opened) as a web page.
 */
export function downloadName(reference: string, number: number, contentType: string): string {
  const extension = EXTENSIONS[contentType] ?? "bin";
  return `${reference}-${number}.${extension}`;
}
