import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canSeeCase } from "@/lib/domain/cases/workflow";
import { recordTaskResultSchema } from "@/lib/domain/fulfilment/task-link-forms";
import { AppError } from "@/lib/errors/app-error";
import { lockCase } from "@/lib/server/cases/lock-case";
import { parseInput } from "@/lib/server/parse-input";
import type { IncomingFile } from "@/lib/server/uploads/check-upload";
import { removeFiles } from "@/lib/server/uploads/upload-store";
import { finishTask, lockTask } from "./finish-task";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";
import { checkTaskFiles, saveTaskFiles } from "./task-files";

/**
 * A staff member records a task's result: an owner of the task's system (from "My tasks"), or anyone who
 * works cases on a case they can see. Through finishTask (the one writer of an outcome), under the case's
 * and the task's locks; a FAILED task may be finished by staff once they fixed its cause. A DONE result may
 * bring the export files (checked and capped as an outside owner's), saved in the same transaction.
 */
export async function recordTaskResult(
  input: z.input<typeof recordTaskResultSchema>,
  actor: Actor,
  now = new Date(),
  files: IncomingFile[] = [],
) {
  const { taskId, ...outcome } = parseInput(recordTaskResultSchema, input);
  const found = await db().fulfilmentTask.findUnique({
    where: { id: taskId },
    select: { caseId: true, system: { select: { ownerIds: true } }, case: { select: { assigneeId: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "problems.noSuchTask");
  const owner = found.system.ownerIds.includes(actor.id);
  const worker = can(actor.role, "cases:work") && canSeeCase(actor, found.case.assigneeId);
  if (!owner && !worker) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const sent = outcome.state === "DONE" ? files : [];
  const written: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      await lockCase(tx, found.caseId);
      const task = await lockTask(tx, taskId);
      const checked = checkTaskFiles(sent, await loadFulfilmentPolicy(tx));
      const finished = await finishTask(tx, task, outcome, { kind: "STAFF", actor }, now);
      await saveTaskFiles(tx, task, checked, written, now);
      await tx.case.update({ where: { id: task.caseId }, data: { version: { increment: 1 } } });
      return { state: finished.state, files: checked.length };
    });
  } catch (error) {
    removeFiles(written);
    throw error;
  }
}
