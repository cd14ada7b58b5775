import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { requesterReplySchema } from "@/lib/domain/status/status-page-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { lockCase } from "@/lib/server/cases/lock-case";
import { endClockStop } from "@/lib/server/deadlines/resume-case-clock";
import { parseInput } from "@/lib/server/parse-input";
import { checkUploads, type IncomingFile } from "@/lib/server/uploads/check-upload";
import { saveUploads } from "@/lib/server/uploads/save-uploads";
import { removeFiles } from "@/lib/server/uploads/upload-store";
import { caseIdForStatusToken } from "./case-for-status-token";
import { checkReplyLimits } from "./reply-limits";

/**
 * The requester answers on their status page, with documents if asked (e.g. proof of identity). When
 * staff were waiting for that answer, it restarts the clock (the days waited, both included, do not count).
 * Replies and their files are capped per case (checkReplyLimits), checked before any file is written.
 */
export async function replyAsRequester(
  input: z.input<typeof requesterReplySchema>,
  files: IncomingFile[] = [],
  now = new Date(),
): Promise<{ clockResumed: boolean }> {
  const { token, body } = parseInput(requesterReplySchema, input);
  const uploads = checkUploads(files);
  if (uploads.errors.length) throw new AppError("VALIDATION", "problems.checkFiles", { files: uploads.errors });
  const written: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      const caseId = await caseIdForStatusToken(tx, token, now);
      const found = await lockCase(tx, caseId);
      if (found.status === "CLOSED") throw new AppError("CONFLICT", "problems.requestClosed");
      await checkReplyLimits(tx, caseId, uploads.files, now);
      await tx.caseMessage.create({ data: { caseId, author: "REQUESTER", body, createdAt: now } });
      await saveUploads(tx, caseId, uploads.files, "REPLY", written, now);
      await recordAuditEvent(tx, {
        type: "message.from_requester",
        actorKind: "REQUESTER",
        caseId,
        data: { uploads: uploads.files.length },
      });
      const clockResumed = found.clockPausedAt !== null;
      if (clockResumed) await endClockStop(tx, found, now, now, { kind: "REQUESTER" });
      else if (found.status === "AWAITING_REQUESTER") {
        // A regime whose clock never stops (CCPA): the answer still puts the case back to work.
        await tx.case.update({ where: { id: caseId }, data: { status: "IN_PROGRESS" } });
      }
      await tx.case.update({ where: { id: caseId }, data: { version: { increment: 1 } } });
      return { clockResumed };
    });
  } catch (error) {
    removeFiles(written);
    throw error;
  }
}
