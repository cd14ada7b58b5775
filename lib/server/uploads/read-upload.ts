import "server-only";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { env } from "@/lib/config/env";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { sniffTaskFile } from "@/lib/server/fulfilment/task-files";
import { sniffContentType } from "./check-upload";
import { downloadName } from "./download-name";
import { uploadPath } from "./upload-store";

/**
 * A requester's document, for signed-in staff only; every opening is audited. Its type is detected from
 * the bytes served (the check every upload passed), and the name to save it under follows from that
 * type and the case reference, not from what the uploader called it.
 */
export async function readUpload(input: unknown, actor: Actor) {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const { id } = parseInput(z.object({ id: z.string().uuid("unknown_file") }), input);
  const upload = await db().upload.findUnique({
    where: { id },
    include: { case: { select: { assigneeId: true, reference: true } } },
  });
  // Analysts see only their own and unassigned cases' documents; others get the same "no such file".
  if (!upload || !canSeeCase(actor, upload.case.assigneeId)) throw new AppError("NOT_FOUND", "problems.noSuchFile");
  const bytes = await readFile(uploadPath(env().dataDir, upload.caseId, upload.id));
  await db().$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "upload.opened",
      ...staffEvent(actor),
      caseId: upload.caseId,
      data: { uploadId: id },
    }),
  );
  // A task's result files may also be CSV, JSON, ZIP, GIF or WebP (checked the same way when sent).
  const contentType =
    sniffContentType(bytes) ??
    (upload.purpose === "TASK_RESULT" ? sniffTaskFile(bytes, upload.filename) : null) ??
    "application/octet-stream";
  return { bytes, contentType, downloadName: downloadName(upload.case.reference, upload.number, contentType) };
}
