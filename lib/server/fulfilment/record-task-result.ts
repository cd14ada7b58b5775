import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { finishingOf, recordTaskResultSchema } from "@/lib/domain/fulfilment/task-forms";
import { changeCase } from "@/lib/server/cases/change-case";
import { checkCaseTakesTasks, lockTaskOfCase } from "./case-task-guards";
import { finishTask } from "./finish-task";

/**
 * Staff record what a system's task came to (`cases:work`, on a case they can see): DONE with a result and
 * an optional note, or NOT_APPLICABLE / FAILED with a reason; also how a FAILED task that staff fixed by
 * hand is finished. Written by finishTask, the one writer of a task's outcome (the task link and the result
 * API use it too), which checks the result fits the task's kind and audits it.
 */
export function recordTaskResult(input: z.input<typeof recordTaskResultSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, permission: "cases:work", schema: recordTaskResultSchema, input },
    async ({ tx, data, found }) => {
      checkCaseTakesTasks(found);
      const task = await lockTaskOfCase(tx, found.id, data.taskId);
      const finished = await finishTask(tx, task, finishingOf(data), { kind: "STAFF", actor }, now);
      const status = statusAfterWork(found.status);
      if (status !== found.status) await tx.case.update({ where: { id: found.id }, data: { status } });
      return { taskId: finished.id, state: finished.state };
    },
  );
}
