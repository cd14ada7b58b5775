import "server-only";
import { z } from "zod";
import { env } from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import type { CheckedFile } from "@/lib/server/uploads/check-upload";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const MB = 1024 * 1024;

const heldFiles = z.object({ files: z.number().int(), bytes: z.number(), lastDay: z.number().int() });

/**
 * What one case may receive through its status page, so a status link cannot fill the disk: replies per
 * hour and per day, and files sent with replies per case (count and total size) and per 24 hours. Counted
 * per case, not per link, so asking for new links starts nothing afresh. The caller holds the case row's
 * lock, so parallel replies are counted one after another and cannot pass a cap together; a refusal is
 * thrown inside the caller's transaction, so nothing of the reply is written (its count included).
 */
export async function checkReplyLimits(tx: Tx, caseId: string, files: CheckedFile[], now: Date): Promise<void> {
  const config = env();
  const tooMany = { body: ["too_many_replies"] };
  const message = "problems.tooManyReplies";
  await hitRateLimits(
    tx,
    [
      {
        key: `reply:case-hour:${caseId}`,
        limit: config.REPLIES_PER_CASE_HOUR,
        windowMs: HOUR_MS,
        message,
        fieldErrors: tooMany,
      },
      {
        key: `reply:case-day:${caseId}`,
        limit: config.REPLIES_PER_CASE_DAY,
        windowMs: DAY_MS,
        message,
        fieldErrors: tooMany,
      },
    ],
    now,
  );
  if (files.length === 0) return;
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const [held] = await queryRows(
    tx,
    heldFiles,
    Prisma.sql`
    SELECT count(*)::int AS files, coalesce(sum(size), 0)::float8 AS bytes,
      (count(*) FILTER (WHERE "createdAt" > ${since}::timestamptz))::int AS "lastDay"
    FROM "Upload" WHERE "caseId" = ${caseId}::uuid AND purpose = 'REPLY'`,
  );
  const sent = { files: held?.files ?? 0, bytes: held?.bytes ?? 0, lastDay: held?.lastDay ?? 0 };
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const errors: string[] = [];
  if (sent.files + files.length > config.REPLY_FILES_PER_CASE) errors.push("reply_files_case_limit");
  else if (sent.lastDay + files.length > config.REPLY_FILES_PER_CASE_DAY) errors.push("reply_files_day_limit");
  if (sent.bytes + bytes > config.REPLY_MB_PER_CASE * MB) errors.push("reply_bytes_case_limit");
  if (errors.length) throw new AppError("VALIDATION", "problems.requestCannotTakeFiles", { files: errors });
}
