"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TaskResult } from "@/lib/db/generated/enums";
import { FieldErrors } from "@/components/ui/field-errors";
import { FilePicker } from "@/components/ui/file-picker";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const OUTCOMES = ["DONE", "NOT_APPLICABLE", "FAILED"] as const;
const ACCEPT = ".pdf,.csv,.json,.zip,.png,.jpg,.jpeg,.gif,.webp";

/**
 * What whoever did a task reports, the fields both result forms share (the outside owner's task page and a
 * staff owner's My tasks): done with a result, a note and, for an access export, the files; or not applicable
 * / not possible with a reason. `suffix` keeps ids apart when a page holds several forms; `noteName` is the
 * note's field in the form's schema (the task link's `note`, the staff forms' `reason`).
 */
export function TaskOutcomeFields({
  legend,
  results,
  withFiles,
  filesHint,
  noteName,
  errors,
  suffix = "",
}: {
  legend: string;
  results: readonly TaskResult[];
  withFiles: boolean;
  filesHint?: string;
  noteName: "note" | "reason";
  errors: Partial<Record<string, string[]>>;
  suffix?: string;
}) {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>("DONE");
  const id = (name: string) => (suffix ? `${name}-${suffix}` : name);
  return (
    <>
      <fieldset className="flex flex-wrap gap-4" aria-describedby={id("state-error")}>
        <legend className="sr-only">{legend}</legend>
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
            <textarea
              id={id("note")}
              name={noteName}
              rows={3}
              className={inputClass}
              aria-describedby={id("note-error")}
            />
            <FieldErrors id={id("note-error")} errors={errors[noteName]} />
          </div>
          {withFiles && (
            <>
              <FilePicker
                id={id("files")}
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
              {filesHint && <p className="text-sm text-slate-600">{filesHint}</p>}
            </>
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
            rows={3}
            className={inputClass}
            aria-describedby={id("reason-error")}
          />
          <FieldErrors id={id("reason-error")} errors={errors.reason} />
        </div>
      )}
    </>
  );
}
