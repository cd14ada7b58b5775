import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import type { Finishing } from "@/lib/domain/fulfilment/task-rules";
import { AppError } from "@/lib/errors/app-error";
import { sniffContentType, type IncomingFile } from "@/lib/server/uploads/check-upload";
import { writeUpload } from "@/lib/server/uploads/upload-store";

const MB = 1024 * 1024;

/** A result file checked by its content: the types an access export comes in. */
export interface CheckedTaskFile extends IncomingFile {
  contentType: string;
  sha256: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function asText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The type a result file really is, from its bytes (the name and the browser's claim are not trusted for
 * binary types): PDF, PNG, JPEG, GIF, WebP and ZIP by their signatures; JSON when the text parses; CSV when
 * the name says .csv and the bytes are UTF-8 text. Anything else is refused.
 */
export function sniffTaskFile(bytes: Buffer, filename: string): string | null {
  const known = sniffContentType(bytes);
  if (known) return known;
  const head = bytes.subarray(0, 12).toString("latin1");
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return "image/gif";
  if (head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") return "image/webp";
  if (head.startsWith("PK\u0003\u0004") || head.startsWith("PK\u0005\u0006")) return "application/zip";
  const text = asText(bytes);
  if (text === null) return null;
  if (/\.json$/i.test(filename)) {
    try {
      JSON.parse(text);
      return "application/json";
    } catch {
      return null;
    }
  }
  if (/\.csv$/i.test(filename)) return "text/csv";
  return null;
}

/**
 * The files a reported outcome keeps: an access export reported as "files attached" must bring them (the task
 * link, the result API, a webhook's synchronous answer, which carries none), and no other outcome takes any,
 * so personal data never piles up on tasks that asked for none. Staff may record an export without files,
 * the files having reached the case another way (`exportNeedsFiles: false`).
 */
export function resultFiles<F>(
  outcome: Finishing,
  files: readonly F[],
  { exportNeedsFiles = true }: { exportNeedsFiles?: boolean } = {},
): F[] {
  const export_ = outcome.state === "DONE" && outcome.result === "FILES_ATTACHED";
  if (export_ && exportNeedsFiles && files.length === 0) {
    throw new AppError("VALIDATION", "problems.checkFields", { files: ["attach_export_files"] });
  }
  if (!export_ && files.length > 0) {
    throw new AppError("VALIDATION", "problems.checkFields", { files: ["files_only_with_export"] });
  }
  return [...files];
}

/**
 * Checks a result's files against the administrators' caps (FulfilmentPolicy: files per result, MB per
 * file) and by content. Bad files are a VALIDATION error on `files`; nothing is written.
 */
export function checkTaskFiles(
  files: IncomingFile[],
  policy: { maxFilesPerResult: number; maxFileMegabytes: number },
): CheckedTaskFile[] {
  const errors = new Set<string>();
  if (files.length > policy.maxFilesPerResult) errors.add(`task_too_many_files:${policy.maxFilesPerResult}`);
  const checked: CheckedTaskFile[] = [];
  for (const file of files) {
    if (file.bytes.length === 0) errors.add("empty_file");
    else if (file.bytes.length > policy.maxFileMegabytes * MB)
      errors.add(`task_file_too_large:${policy.maxFileMegabytes}`);
    else {
      const contentType = sniffTaskFile(file.bytes, file.filename);
      if (!contentType) errors.add("task_file_type_not_allowed");
      else {
        const filename = file.filename.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || "result";
        checked.push({
          filename,
          bytes: file.bytes,
          contentType,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
        });
      }
    }
  }
  if (errors.size > 0) throw new AppError("VALIDATION", "problems.checkFields", { files: [...errors] });
  return checked;
}

/**
 * Writes a task's result files outside the web root and inserts their Upload rows (purpose TASK_RESULT,
 * with the task's id) in the caller's transaction, numbered from the case's counter. The caller must hold
 * the case row's lock (the counter is taken under it); the paths written are pushed to `written` so the
 * caller can remove them if the transaction fails.
 */
export async function saveTaskFiles(
  tx: Tx,
  task: { id: string; caseId: string },
  files: CheckedTaskFile[],
  written: string[],
  now: Date,
): Promise<string[]> {
  if (files.length === 0) return [];
  const { lastUploadNumber } = await tx.case.update({
    where: { id: task.caseId },
    data: { lastUploadNumber: { increment: files.length } },
    select: { lastUploadNumber: true },
  });
  const first = lastUploadNumber - files.length + 1;
  const rows = files.map((file, i) => {
    const id = randomUUID();
    written.push(writeUpload(env().dataDir, task.caseId, id, file.bytes));
    return {
      id,
      caseId: task.caseId,
      taskId: task.id,
      purpose: "TASK_RESULT" as const,
      number: first + i,
      filename: file.filename,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: file.sha256,
      createdAt: now,
    };
  });
  await tx.upload.createMany({ data: rows });
  return rows.map((row) => row.id);
}
