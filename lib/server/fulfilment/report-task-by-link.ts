import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { finishingSchema } from "@/lib/domain/fulfilment/task-rules";
import { AppError } from "@/lib/errors/app-error";
import { lockCase } from "@/lib/server/cases/lock-case";
import { parseInput } from "@/lib/server/parse-input";
import { hitRateLimits } from "@/lib/server/rate-limit/hit-rate-limit";
import type { IncomingFile } from "@/lib/server/uploads/check-upload";
import { removeFiles } from "@/lib/server/uploads/upload-store";
import { finishTask, lockTask } from "./finish-task";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";
import { resultFiles, checkTaskFiles, saveTaskFiles } from "./task-files";
import { INVALID_TASK_LINK, linkFindsTask, taskForToken } from "./task-links";

const HOUR_MS = 60 * 60 * 1000;

/** Answers one client may send through task links per hour, and one task may take per hour. */
export const TASK_LINK_ANSWERS_PER_IP_HOUR = 30;
export const TASK_LINK_ANSWERS_PER_TASK_HOUR = 10;

const tokenOnly = z.object({ token: z.string({ message: "required" }).max(200) });

export interface TaskLinkAnswer {
  token: unknown;
  state?: unknown;
  result?: unknown;
  note?: unknown;
  reason?: unknown;
  /** The export files, read into memory by the page's action. */
  files?: IncomingFile[];
}

/**
 * An outside owner reports a task through its link (no account; the token is the only credential): DONE with
 * a result, a note and export files, or NOT_APPLICABLE / FAILED with a reason. Counted per client address
 * and per task (abuse limits); checked under the case's and the task's locks against the task as it is now;
 * written by finishTask (the one writer of an outcome, which audits it as TASK_OWNER and revokes the link
 * once done) with the files saved in the same transaction (removed again if it fails). Bad input, a dead
 * link, a finished task or a closed case change nothing.
 */
export async function reportTaskByLink(input: TaskLinkAnswer, client: { ip: string }, now = new Date()) {
  const { token } = parseInput(tokenOnly, { token: input.token });
  const outcome = parseInput(finishingSchema, {
    state: input.state,
    result: input.result,
    note: input.note ?? undefined,
    reason: input.reason ?? undefined,
  });
  const files = resultFiles(outcome, outcome.state === "DONE" ? (input.files ?? []) : []);
  const perHour = { windowMs: HOUR_MS, message: "problems.tooManyLookups" } as const;
  // Counted before the link is looked up (forged tokens count) and outside the transaction (refused
  // answers count too).
  await hitRateLimits(
    db(),
    [{ key: `task-link-answer:ip:${client.ip}`, limit: TASK_LINK_ANSWERS_PER_IP_HOUR, ...perHour }],
    now,
  );
  const found = await taskForToken(db(), token, now);
  await hitRateLimits(
    db(),
    [{ key: `task-link-answer:task:${found.id}`, limit: TASK_LINK_ANSWERS_PER_TASK_HOUR, ...perHour }],
    now,
  );
  const written: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      // The case first, then the task: the order every change to a case takes, so the two never deadlock.
      await lockCase(tx, found.caseId);
      const task = await lockTask(tx, found.id);
      // Revoked, expired or its case closed meanwhile: the same answer as any dead link.
      if (!linkFindsTask(task, now)) throw new AppError("NOT_FOUND", INVALID_TASK_LINK);
      const policy = await loadFulfilmentPolicy(tx);
      const checked = checkTaskFiles(files, policy);
      const finished = await finishTask(tx, task, outcome, { kind: "OWNER" }, now);
      const uploadIds = await saveTaskFiles(tx, task, checked, written, now);
      await tx.case.update({ where: { id: task.caseId }, data: { version: { increment: 1 } } });
      return { state: finished.state, files: uploadIds.length };
    });
  } catch (error) {
    removeFiles(written);
    throw error;
  }
}
