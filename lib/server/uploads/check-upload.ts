import "server-only";
import { createHash } from "node:crypto";
import { MAX_UPLOAD_BYTES, MAX_UPLOADS } from "@/lib/http/body-limits";

export interface IncomingFile {
  filename: string;
  bytes: Buffer;
}

export interface CheckedFile extends IncomingFile {
  contentType: "application/pdf" | "image/png" | "image/jpeg";
  sha256: string;
}

/** The type a file really is, from its first bytes (the name and the browser's claim are not trusted). */
export function sniffContentType(bytes: Buffer): CheckedFile["contentType"] | null {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** Checks count, size and real type; returns the field errors (message keys) or the checked files. */
export function checkUploads(files: IncomingFile[]): { errors: string[]; files: CheckedFile[] } {
  const errors: string[] = [];
  if (files.length > MAX_UPLOADS) errors.push("too_many_files");
  const checked: CheckedFile[] = [];
  for (const file of files.slice(0, MAX_UPLOADS)) {
    if (file.bytes.length === 0) errors.push("empty_file");
    else if (file.bytes.length > MAX_UPLOAD_BYTES) errors.push("file_too_large");
    else {
      const contentType = sniffContentType(file.bytes);
      if (!contentType) errors.push("file_type_not_allowed");
      else {
        const filename = file.filename.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || "upload";
        checked.push({ ...file, filename, contentType, sha256: createHash("sha256").update(file.bytes).digest("hex") });
      }
    }
  }
  return { errors: [...new Set(errors)], files: checked };
}
