"use server";

import { revalidatePath } from "next/cache";
import { addCaseTaskSchema, recordTaskResultSchema, waiveTaskSchema } from "@/lib/domain/fulfilment/task-forms";
import { staffFormAction } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { addCaseTask } from "@/lib/server/fulfilment/add-case-task";
import { recordTaskResult } from "@/lib/server/fulfilment/record-task-result";
import { waiveTask } from "@/lib/server/fulfilment/waive-task";

/**
 * The Tasks panel's forms on the case page: add a task for a system, record a task's result (`cases:work`),
 * waive a task with a reason (`cases:decide`). The use-cases check the case, the task and the version.
 */
export const addCaseTaskAction = staffFormAction("cases:work", {
  schema: addCaseTaskSchema,
  run: async (value, { actor }) => {
    await addCaseTask(value, actor);
    revalidatePath(`/cases/${value.caseId}`);
    return translatorFor(actor.locale)("tasks.done.added");
  },
});

export const recordTaskResultAction = staffFormAction("cases:work", {
  schema: recordTaskResultSchema,
  run: async (value, { actor }) => {
    await recordTaskResult(value, actor);
    revalidatePath(`/cases/${value.caseId}`);
    return translatorFor(actor.locale)("tasks.done.recorded");
  },
});

export const waiveTaskAction = staffFormAction("cases:decide", {
  schema: waiveTaskSchema,
  run: async (value, { actor }) => {
    await waiveTask(value, actor);
    revalidatePath(`/cases/${value.caseId}`);
    return translatorFor(actor.locale)("tasks.done.waived");
  },
});
