import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canSeeCase, statusAfterWork } from "@/lib/domain/cases/workflow";
import { finishingOf, recordTaskResultSchema } from "@/lib/domain/fulfilment/task-forms";
import { AppError } from "@/lib/errors/app-error";
import { bumpCaseVersion, lockCase } from "@/lib/server/cases/lock-case";
import { parseInput } from "@/lib/server/parse-input";
import type { IncomingFile } from "@/lib/server/uploads/check-upload";
import { removeFiles } from "@/lib/server/uploads/upload-store";
import { checkCaseTakesTasks, lockTaskOfCase } from "./case-task-guards";
import { finishTask } from "./finish-task";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";
import { checkTaskFiles, resultFiles, saveTaskFiles } from "./task-files";

/**
 * Staff record what a system's task came to: DONE with a result and an optional note (and, for an access
 * export, its files), or NOT_APPLICABLE / FAILED with a reason; also how a FAILED task that staff fixed by
 * hand is finished. Allowed to whoever may work the case (`cases:work`, on a case they can see) and to a
 * staff owner of the task's system (from the case page or "My tasks"), whichever case it is on. Written by
 * finishTask, the one writer of a task's outcome (the task link and the result API use it too), which
 * checks that the result fits the task's kind and audits it; files are checked and capped as an outside
 * owner's and saved in the same transaction; the case's version is checked and bumped like any change to it.
 */
export async function recordTaskResult(
  input: z.input<typeof recordTaskResultSchema>,
  actor: Actor,
  now = new Date(),
  files: IncomingFile[] = [],
) {
  const data = parseInput(recordTaskResultSchema, input);
  const outcome = finishingOf(data);
  const written: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      const found = await lockCase(tx, data.caseId, data.expectedVersion);
      const task = await lockTaskOfCase(tx, found.id, data.taskId);
      const system = await tx.dataSystem.findUniqueOrThrow({
        where: { id: task.systemId },
        select: { ownerIds: true },
      });
      // Only roles that work cases record results (an auditor changes nothing, even on a system they own);
      // owning the task's system lets an analyst record it on a case assigned to someone else.
      if (!can(actor.role, "cases:work")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
      if (!system.ownerIds.includes(actor.id) && !canSeeCase(actor, found.assigneeId)) {
        throw new AppError("FORBIDDEN", "problems.caseAssignedElsewhere");
      }
      checkCaseTakesTasks(found);
      // Files go only with an access export; staff may record one without (the files came another way).
      const kept = resultFiles(outcome, files, { exportNeedsFiles: false });
      const checked = checkTaskFiles(kept, await loadFulfilmentPolicy(tx));
      const finished = await finishTask(tx, task, outcome, { kind: "STAFF", actor }, now);
      await saveTaskFiles(tx, task, checked, written, now);
      const status = statusAfterWork(found.status);
      if (status !== found.status) await tx.case.update({ where: { id: found.id }, data: { status } });
      const version = await bumpCaseVersion(tx, found.id);
      return { taskId: finished.id, state: finished.state, files: checked.length, version };
    });
  } catch (error) {
    removeFiles(written);
    throw error;
  }
}
