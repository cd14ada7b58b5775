"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TaskResult } from "@/lib/db/generated/enums";
import { reportTaskAction } from "@/lib/actions/public/task-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { FilePicker } from "@/components/ui/file-picker";
import { taskLinkResultSchema } from "@/lib/forms/task-result-form-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const OUTCOMES = ["DONE", "NOT_APPLICABLE", "FAILED"] as const;
const ACCEPT = ".pdf,.csv,.json,.zip,.png,.jpg,.jpeg,.gif,.webp";

/**
 * The outside owner's report on their task: done with a result (and the export files), not applicable or
 * not possible with a reason. A refusal because the link or the task no longer takes answers replaces the
 * form: nothing was recorded.
 */
export function TaskResultForm({
  token,
  results,
  limits,
}: {
  token: string;
  results: readonly TaskResult[];
  limits: { maxFilesPerResult: number; maxFileMegabytes: number };
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(taskLinkResultSchema, reportTaskAction);
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>("DONE");
  if (ok) return <Alert tone="success">{message}</Alert>;
  if (message === t("taskLink.linkGone") || message === t("taskLink.notRecorded")) return <Alert>{message}</Alert>;
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-2" aria-describedby="state-error">
        <legend className="sr-only">{t("taskLink.answerTitle")}</legend>
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
        <FieldErrors id="state-error" errors={errors.state} />
      </fieldset>
      {outcome === "DONE" ? (
        <>
          <div className="space-y-1">
            <label htmlFor="result" className="block text-sm font-medium">
              {t("taskLink.result")}
            </label>
            <select id="result" name="result" defaultValue="" className={inputClass} aria-describedby="result-error">
              <option value="">{t("taskLink.choose")}</option>
              {results.map((value) => (
                <option key={value} value={value}>
                  {t(`taskLink.results.${value}`)}
                </option>
              ))}
            </select>
            <FieldErrors id="result-error" errors={errors.result} />
          </div>
          <div className="space-y-1">
            <label htmlFor="note" className="block text-sm font-medium">
              {t("taskLink.note")}
            </label>
            <textarea id="note" name="note" rows={3} className={inputClass} aria-describedby="note-error" />
            <FieldErrors id="note-error" errors={errors.note} />
          </div>
          <FilePicker
            id="files"
            name="files"
            label={t("taskLink.files")}
            multiple
            accept={ACCEPT}
            errors={errors.files}
            texts={{
              choose: t("taskLink.chooseFiles"),
              none: t("taskLink.noFiles"),
              many: (count) => t("taskLink.filesChosen", { count }),
            }}
          />
          <p className="text-sm text-slate-600">
            {t("taskLink.filesHint", { count: limits.maxFilesPerResult, megabytes: limits.maxFileMegabytes })}
          </p>
        </>
      ) : (
        <div className="space-y-1">
          <label htmlFor="reason" className="block text-sm font-medium">
            {t("taskLink.reason")}
          </label>
          <textarea id="reason" name="reason" rows={3} className={inputClass} aria-describedby="reason-error" />
          <FieldErrors id="reason-error" errors={errors.reason} />
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {t("taskLink.send")}
      </Button>
      {message && <Alert>{message}</Alert>}
    </form>
  );
}
