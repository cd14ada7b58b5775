import "server-only";
import { z } from "zod";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { finishingSchema } from "@/lib/domain/fulfilment/task-rules";
import { hashToken } from "@/lib/crypto/tokens";
import { AppError } from "@/lib/errors/app-error";
import { bumpCaseVersion } from "@/lib/server/cases/lock-case";
import { finishTask, lockTaskWithCase } from "@/lib/server/fulfilment/finish-task";
import { loadFulfilmentPolicy } from "@/lib/server/fulfilment/load-fulfilment-policy";
import { resultFiles, checkTaskFiles, saveTaskFiles } from "@/lib/server/fulfilment/task-files";
import { parseInput } from "@/lib/server/parse-input";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import { systemForApiToken } from "@/lib/server/systems/system-secrets";
import type { IncomingFile } from "@/lib/server/uploads/check-upload";
import { removeFiles } from "@/lib/server/uploads/upload-store";

export interface TaskResultInput {
  taskId: string;
  /** The bearer token as sent (may be empty). */
  token: string;
  /** The client's rate-limit key (lib/http/client-address.ts clientIp). */
  ip: string;
  /**
   * Reads the body: finishingSchema's fields ({ state, result, note } or { state, reason }) and any files.
   * Called only once the token is known to be good, so an unknown caller never gets a large body read.
   */
  readBody: (allowed: { files: boolean }) => Promise<{ fields: unknown; files: IncomingFile[] }>;
}

/**
 * A system reports a task's outcome through the result API (docs/webhooks.md): counted against the
 * client's limit, then the token must be a live API token of a system (401; an inactive system still answers the tasks it has; refused tokens also
 * count against the address's token lookups, then 429), counted against the token's limit, the task must exist (404) and be this system's (403), its case open and the
 * task OPEN (409: a replayed result changes nothing), the answer must fit the task (400). Files (an
 * access export) are checked against the policy's caps and real types and saved with the result, in the
 * one transaction that finishes the task (finishTask, the one writer of an outcome).
 */
export async function submitTaskResult(input: TaskResultInput, now = new Date()) {
  const config = env();
  const minute = (
    key: string,
    limit: number,
    message: "problems.tooManyLookups" | "problems.tooManyResultsForToken",
  ) => ({
    key,
    limit,
    windowMs: 60_000,
    message,
  });
  // Every call counts against its client address; a refused token also against the address's few guesses a
  // minute (the tokens are 256-bit: this keeps one address from hammering the lookups), a known one
  // against the token's own allowance.
  await hitRateLimits(
    db(),
    [minute(`task-result:ip:${input.ip}`, config.TASK_RESULTS_PER_IP_MINUTE, "problems.tooManyLookups")],
    now,
  );
  const system = await systemForApiToken(db(), input.token, now);
  if (!system) {
    await hitRateLimits(
      db(),
      [minute(`task-result:bad-token:${input.ip}`, config.TOKEN_LOOKUPS_PER_IP_MINUTE, "problems.tooManyLookups")],
      now,
    );
    throw new AppError("UNAUTHENTICATED", "problems.apiTokenRefused");
  }
  await hitRateLimits(
    db(),
    [
      minute(
        `task-result:token:${hashToken(input.token).slice(0, 32)}`,
        config.TASK_RESULTS_PER_TOKEN_MINUTE,
        "problems.tooManyResultsForToken",
      ),
    ],
    now,
  );
  if (!z.uuid().safeParse(input.taskId).success) throw new AppError("NOT_FOUND", "problems.noSuchTask");
  // Before any body is read: the task must be this system's and still take an answer (checked again under
  // the locks below), and only an access export may bring files, so no other call gets a large body read.
  const target = await db().fulfilmentTask.findUnique({
    where: { id: input.taskId },
    select: { systemId: true, state: true, kind: true, case: { select: { status: true, anonymizedAt: true } } },
  });
  if (!target) throw new AppError("NOT_FOUND", "problems.noSuchTask");
  if (target.systemId !== system.id) throw new AppError("FORBIDDEN", "problems.taskOfAnotherSystem");
  if (target.case.status === "CLOSED" || target.case.anonymizedAt) {
    throw new AppError("CONFLICT", "problems.taskCaseClosed");
  }
  if (target.state !== "OPEN") throw new AppError("CONFLICT", "problems.taskAlreadyFinished");
  const body = await input.readBody({ files: target.kind === "ACCESS" });
  const outcome = parseInput(finishingSchema, body.fields);
  // The same check of the files as for the case page and the task link (one set of types and caps).
  const files = resultFiles(outcome, body.files);
  const checked = checkTaskFiles(files, await loadFulfilmentPolicy(db()));

  const written: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      // The case's lock first, then the task's (as every change to a case), so a case closing meanwhile
      // cannot overwrite the result, nor this result land on a case that just closed.
      const task = await lockTaskWithCase(tx, input.taskId);
      const finished = await finishTask(tx, task, outcome, { kind: "SYSTEM", systemId: system.id }, now);
      await saveTaskFiles(tx, task, checked, written, now);
      await bumpCaseVersion(tx, task.caseId);
      return { taskId: finished.id, state: finished.state, result: finished.result, files: checked.length };
    });
  } catch (error) {
    removeFiles(written);
    throw error;
  }
}
