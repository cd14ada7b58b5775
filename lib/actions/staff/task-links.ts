"use server";

import { revalidatePath } from "next/cache";
import { taskLinkActionSchema } from "@/lib/domain/fulfilment/task-link-forms";
import { staffFormAction } from "@/lib/forms/form-action";
import { myTaskResultFormSchema } from "@/lib/forms/task-result-form-schema";
import { incomingFiles } from "@/lib/forms/upload-files";
import { translatorFor } from "@/lib/i18n/translator";
import { recordTaskResult } from "@/lib/server/fulfilment/record-task-result";
import { resendTaskLink } from "@/lib/server/fulfilment/resend-task-link";
import { revokeTaskLink } from "@/lib/server/fulfilment/revoke-task-link";

/** Sends a task's link again to its system's outside owners (the old link stops working). */
export const resendTaskLinkAction = staffFormAction("cases:work", {
  schema: taskLinkActionSchema,
  run: async (input, { actor }) => {
    await resendTaskLink(input, actor);
    revalidatePath(`/cases/${input.caseId}`);
    return translatorFor(actor.locale)("taskLink.staff.resent");
  },
});

/** Revokes a task's link at once. */
export const revokeTaskLinkAction = staffFormAction("cases:work", {
  schema: taskLinkActionSchema,
  run: async (input, { actor }) => {
    await revokeTaskLink(input, actor);
    revalidatePath(`/cases/${input.caseId}`);
    return translatorFor(actor.locale)("taskLink.staff.revoked");
  },
});

/**
 * A staff owner records their system's task under "My tasks", and staff record an access export's result
 * with its files from the case page. Anyone signed in gets past the wrapper; the use-case lets through the
 * system's owners and those who work the task's case.
 */
export const recordMyTaskResultAction = staffFormAction("cases:read", {
  schema: myTaskResultFormSchema,
  run: async (input, { actor }) => {
    const { files, ...answer } = input;
    await recordTaskResult(answer, actor, new Date(), answer.state === "DONE" ? await incomingFiles(files) : []);
    revalidatePath("/tasks");
    // The case page records an access export's result (with its files) through this form too.
    revalidatePath(`/cases/${input.caseId}`);
    return translatorFor(actor.locale)("myTasks.recorded");
  },
});
