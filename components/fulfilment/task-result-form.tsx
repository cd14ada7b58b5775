"use client";

import { useTranslations } from "next-intl";
import type { TaskResult } from "@/lib/db/generated/enums";
import { reportTaskAction } from "@/lib/actions/public/task-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TaskOutcomeFields } from "./task-outcome-fields";
import { taskLinkResultSchema } from "@/lib/forms/task-result-form-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/**
 * The outside owner's report on their task: done with a result (and the export files), not applicable or
 * not possible with a reason. A refusal because the link or the task no longer takes answers replaces the
 * form: nothing was recorded.
 */
export function TaskResultForm({
  token,
  results,
  withFiles,
  limits,
}: {
  token: string;
  results: readonly TaskResult[];
  /** An access export: the form takes its files. */
  withFiles: boolean;
  limits: { maxFilesPerResult: number; maxFileMegabytes: number };
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(taskLinkResultSchema, reportTaskAction);
  if (ok) return <Alert tone="success">{message}</Alert>;
  if (message === t("taskLink.linkGone") || message === t("taskLink.notRecorded")) return <Alert>{message}</Alert>;
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TaskOutcomeFields
        legend={t("taskLink.answerTitle")}
        results={results}
        withFiles={withFiles}
        filesHint={t("taskLink.filesHint", { count: limits.maxFilesPerResult, megabytes: limits.maxFileMegabytes })}
        noteName="note"
        errors={errors}
      />
      <Button type="submit" disabled={pending}>
        {t("taskLink.send")}
      </Button>
      {message && <Alert>{message}</Alert>}
    </form>
  );
}
