"use client";

import { useTranslations } from "next-intl";
import type { TaskResult } from "@/lib/db/generated/enums";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { recordMyTaskResultAction } from "@/lib/actions/staff/task-links";
import { myTaskResultFormSchema } from "@/lib/forms/task-result-form-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { TaskOutcomeFields } from "./task-outcome-fields";

/** A staff owner records their system's task: done with a result and a note, or not applicable / failed with a reason. */
export function MyTaskForm({
  caseId,
  version,
  taskId,
  results,
  withFiles,
}: {
  caseId: string;
  /** The case's version as the page showed it (the case page): a change meanwhile is refused, not overwritten. */
  version?: number;
  taskId: string;
  results: readonly TaskResult[];
  /** An access export: the form takes its files. */
  withFiles: boolean;
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(myTaskResultFormSchema, recordMyTaskResultAction, {
    id: `task-${taskId}`,
  });
  if (ok) return <Alert tone="success">{message}</Alert>;
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      {version !== undefined && <input type="hidden" name="expectedVersion" value={version} />}
      <input type="hidden" name="taskId" value={taskId} />
      <TaskOutcomeFields
        legend={t("myTasks.record")}
        results={results}
        withFiles={withFiles}
        noteName="reason"
        errors={errors}
        suffix={taskId}
      />
      <Button type="submit" disabled={pending}>
        {t("myTasks.record")}
      </Button>
      {message && <Alert>{message}</Alert>}
    </form>
  );
}
