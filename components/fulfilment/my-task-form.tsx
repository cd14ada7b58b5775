"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TaskResult } from "@/lib/db/generated/enums";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { recordMyTaskResultAction } from "@/lib/actions/staff/task-links";
import { FilePicker } from "@/components/ui/file-picker";
import { myTaskResultFormSchema } from "@/lib/forms/task-result-form-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const OUTCOMES = ["DONE", "NOT_APPLICABLE", "FAILED"] as const;

/** A staff owner records their system's task: done with a result and a note, or not applicable / failed with a reason. */
export function MyTaskForm({
  caseId,
  taskId,
  results,
  withFiles,
}: {
  caseId: string;
  taskId: string;
  results: readonly TaskResult[];
  /** An access export: the form takes its files. */
  withFiles: boolean;
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(myTaskResultFormSchema, recordMyTaskResultAction, {
    id: `task-${taskId}`,
  });
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>("DONE");
  if (ok) return <Alert tone="success">{message}</Alert>;
  const id = (name: string) => `${name}-${taskId}`;
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="taskId" value={taskId} />
      <fieldset className="flex flex-wrap gap-4" aria-describedby={id("state-error")}>
        <legend className="sr-only">{t("myTasks.record")}</legend>
        {OUTCOMES.map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="state"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {t(`taskLink.outcomes.${value}`)}
          </label>
        ))}
        <FieldErrors id={id("state-error")} errors={errors.state} />
      </fieldset>
      {outcome === "DONE" ? (
        <>
          <div className="space-y-1">
            <label htmlFor={id("result")} className="block text-sm font-medium">
              {t("taskLink.result")}
            </label>
            <select
              id={id("result")}
              name="result"
              defaultValue=""
              className={inputClass}
              aria-describedby={id("result-error")}
            >
              <option value="">{t("taskLink.choose")}</option>
              {results.map((value) => (
                <option key={value} value={value}>
                  {t(`taskLink.results.${value}`)}
                </option>
              ))}
            </select>
            <FieldErrors id={id("result-error")} errors={errors.result} />
          </div>
          <div className="space-y-1">
            <label htmlFor={id("note")} className="block text-sm font-medium">
              {t("taskLink.note")}
            </label>
            <textarea id={id("note")} name="reason" rows={2} className={inputClass} aria-describedby={id("note-error")} />
            <FieldErrors id={id("note-error")} errors={errors.reason} />
          </div>
          {withFiles && (
            <FilePicker
              id={id("files")}
              name="files"
              label={t("taskLink.files")}
              multiple
              accept=".pdf,.csv,.json,.zip,.png,.jpg,.jpeg,.gif,.webp"
              errors={errors.files}
              texts={{
                choose: t("taskLink.chooseFiles"),
                none: t("taskLink.noFiles"),
                many: (count) => t("taskLink.filesChosen", { count }),
              }}
            />
          )}
        </>
      ) : (
        <div className="space-y-1">
          <label htmlFor={id("reason")} className="block text-sm font-medium">
            {t("taskLink.reason")}
          </label>
          <textarea
            id={id("reason")}
            name="reason"
            rows={2}
            className={inputClass}
            aria-describedby={id("reason-error")}
          />
          <FieldErrors id={id("reason-error")} errors={errors.reason} />
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {t("myTasks.record")}
      </Button>
      {message && <Alert>{message}</Alert>}
    </form>
  );
}
