import "server-only";
import { createHash } from "node:crypto";
import { sniffContentType, type IncomingFile } from "./check-upload";

/** A checked file sent with a task's result (an access export). */
export interface ResultFile extends IncomingFile {
  contentType: string;
  sha256: string;
}

/** The extensions staff download result files under, by detected type. */
export const RESULT_FILE_EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "application/zip": "zip",
  "application/json": "json",
  "text/csv": "csv",
};

function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type a result file really is, from its bytes: PDF, PNG, JPEG, GIF, WebP, ZIP, then JSON (text that
 * parses) or CSV (other UTF-8 text without NUL). Never the sender's claim; anything else is refused.
 */
export function sniffResultType(bytes: Buffer): string | null {
  const basic = sniffContentType(bytes);
  if (basic) return basic;
  const head = bytes.subarray(0, 12).toString("latin1");
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return "image/gif";
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return "image/webp";
  if (head.startsWith("PK\u0003\u0004") || head.startsWith("PK\u0005\u0006")) return "application/zip";
  if (!isUtf8Text(bytes)) return null;
  const text = bytes.toString("utf8").trim();
  if (text.startsWith("{") || text.startsWith("[")) {
    try {
      JSON.parse(text);
      return "application/json";
    } catch {
      return null;
    }
  }
  return "text/csv";
}

/**
 * Checks the files of one result against FulfilmentPolicy's caps (files per result, MB per file) and their
 * real type; returns field errors (keys under `errors`, with the cap) or the checked files.
 */
export function checkResultFiles(
  files: IncomingFile[],
  caps: { maxFiles: number; maxMegabytes: number },
): { errors: string[]; files: ResultFile[] } {
  const errors: string[] = [];
  if (files.length > caps.maxFiles) errors.push(`result_files_too_many:${caps.maxFiles}`);
  const checked: ResultFile[] = [];
  for (const file of files.slice(0, caps.maxFiles)) {
    if (file.bytes.length === 0) errors.push("empty_file");
    else if (file.bytes.length > caps.maxMegabytes * 1024 * 1024)
      errors.push(`result_file_too_large:${caps.maxMegabytes}`);
    else {
      const contentType = sniffResultType(file.bytes);
      if (!contentType) errors.push("result_file_type");
      else {
        const filename = file.filename.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || "export";
        checked.push({ ...file, filename, contentType, sha256: createHash("sha256").update(file.bytes).digest("hex") });
      }
    }
  }
  return { errors: [...new Set(errors)], files: checked };
}
