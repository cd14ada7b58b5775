"use server";

import { headers } from "next/headers";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { publicFormAction } from "@/lib/forms/form-action";
import { taskLinkResultSchema } from "@/lib/forms/task-result-form-schema";
import { incomingFiles } from "@/lib/forms/upload-files";
import { clientAddress } from "@/lib/http/client-address";
import { requestLocale } from "@/lib/i18n/locale";
import { reportTaskByLink } from "@/lib/server/fulfilment/report-task-by-link";

/**
 * A dead link or a task that can take no more answers, as one sentence in the owner's language (nothing was
 * recorded; the page replaces the form with it). Field errors stay keys the form translates.
 */
function inTheirWords(error: unknown): unknown {
  if (isAppError(error) && !error.fieldErrors && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) {
    return new AppError(error.code, error.code === "NOT_FOUND" ? "taskLink.linkGone" : "taskLink.notRecorded");
  }
  return error;
}

/**
 * An outside owner's report through their task link; the token is the only credential. The form replaces
 * itself with the answer, and the page, opened again, says the task is finished.
 */
export const reportTaskAction = publicFormAction({
  schema: taskLinkResultSchema,
  run: async (value) => {
    const ip = clientAddress(await headers());
    const { state } = await reportTaskByLink(
      value.state === "DONE" ? { ...value, files: await incomingFiles(value.files) } : value,
      { ip },
    ).catch((error: unknown) => {
      throw inTheirWords(error);
    });
    const { t } = await requestLocale();
    return t(`taskLink.done.${state === "DONE" ? "DONE" : state === "FAILED" ? "FAILED" : "NOT_APPLICABLE"}`);
  },
});
