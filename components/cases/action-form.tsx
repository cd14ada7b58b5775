"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { CASE_FORMS, type CaseFormId } from "./case-forms";

/** The names form K's schema reads, but the case id and version every form sends. */
export type CaseFormField<K extends CaseFormId> = Exclude<
  keyof z.input<(typeof CASE_FORMS)[K]["schema"]>,
  "caseId" | "expectedVersion"
> &
  string;

export interface FieldSpec<N extends string = string> {
  name: N;
  label: string;
  kind: "text" | "textarea" | "select" | "datetime" | "checkboxes";
  /** `data`: an option named by what people typed (a staff member's name), marked to be left as typed. */
  options?: { value: string; label: string; data?: boolean }[];
  /** For checkboxes: the values ticked at first. */
  checked?: string[];
  hint?: string;
  required?: boolean;
  /** Shown only once the server has refused the form with an error on this field (a confirmation it asks for). */
  afterRefusal?: boolean;
  /** What the field starts with: a drafted summary to edit, an option chosen beforehand. */
  defaultValue?: string;
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

/**
 * One case action as a form (CASE_FORMS names its schema and action): its fields, the case id and the
 * version the officer is looking at (so a concurrent change is refused with "reload"), and the outcome or
 * errors next to their fields. The schema checks each field as it is left and all on submit; after a
 * refusal the form keeps what was typed, after a success it starts again empty (the page shows the change).
 */
export function ActionForm<K extends CaseFormId>({
  id,
  domId,
  title,
  caseId,
  version,
  fields = [],
  hidden = {},
  submitLabel,
  tone = "primary",
}: {
  id: K;
  /** The form's id on the page when one form appears more than once (one per task): defaults to `id`. */
  domId?: string;
  title?: string;
  caseId: string;
  version: number;
  fields?: FieldSpec<CaseFormField<K>>[];
  hidden?: Partial<Record<CaseFormField<K>, string>>;
  submitLabel: string;
  tone?: "primary" | "secondary";
}) {
  const t = useTranslations();
  const { schema, action } = CASE_FORMS[id];
  const formId = domId ?? id;
  const { formProps, pending, ok, message, errors, lastResult } = useSchemaForm(schema, action, { id: formId });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (lastResult?.status === "success") formRef.current?.reset();
  }, [lastResult]);
  // Errors on what the form does not show as a field (the case id, the version, a hidden value) join its message.
  const shown = new Set<string>(fields.map((field) => field.name));
  const unshown = Object.entries(errors).flatMap(([name, messages]) =>
    name && !shown.has(name) ? (messages ?? []) : [],
  );
  const outcome = ok ? message : [message, ...unshown].filter(Boolean).join(" ") || undefined;
  return (
    <form
      ref={formRef}
      {...formProps}
      aria-labelledby={title ? `${formId}-title` : undefined}
      className="space-y-3"
      data-testid={id}
    >
      {title && (
        <h3 id={`${formId}-title`} className="font-medium text-slate-900">
          {title}
        </h3>
      )}
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="expectedVersion" value={version} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value as string} />
      ))}
      {fields.map((field) => {
        if (field.afterRefusal && !lastResult?.error?.[field.name]?.length) return null;
        const inputId = `${formId}-${field.name}`;
        const fieldErrors = errors[field.name];
        const describedBy = [fieldErrors?.length ? `${inputId}-error` : null, field.hint ? `${inputId}-hint` : null]
          .filter(Boolean)
          .join(" ");
        const common = {
          id: inputId,
          name: field.name,
          required: field.required,
          "aria-invalid": fieldErrors?.length ? true : undefined,
          "aria-describedby": describedBy || undefined,
          className: inputClass,
        };
        if (field.kind === "checkboxes") {
          return (
            <fieldset key={field.name} id={inputId} aria-describedby={describedBy || undefined} className="space-y-1">
              <legend className="block text-sm font-medium text-slate-800">{field.label}</legend>
              {field.options?.map((option) => (
                <label key={option.value} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={field.name}
                    value={option.value}
                    defaultChecked={field.checked?.includes(option.value)}
                  />
                  {option.label}
                </label>
              ))}
              {field.hint && (
                <p id={`${inputId}-hint`} className="text-xs text-slate-600">
                  {field.hint}
                </p>
              )}
              <FieldErrors id={`${inputId}-error`} errors={fieldErrors} />
            </fieldset>
          );
        }
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
              {field.label}
            </label>
            {field.kind === "textarea" ? (
              <textarea rows={field.defaultValue ? 6 : 3} defaultValue={field.defaultValue} {...common} />
            ) : field.kind === "select" ? (
              <select {...common} defaultValue={field.defaultValue ?? ""}>
                <option value="">{t("cases.actions.choose")}</option>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value} translate={option.data ? "no" : undefined}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type={field.kind === "datetime" ? "datetime-local" : "text"}
                defaultValue={field.defaultValue}
                {...common}
              />
            )}
            {field.hint && (
              <p id={`${inputId}-hint`} className="text-xs text-slate-600">
                {field.hint}
              </p>
            )}
            <FieldErrors id={`${inputId}-error`} errors={fieldErrors} />
          </div>
        );
      })}
      <Button type="submit" variant={tone} disabled={pending}>
        {submitLabel}
      </Button>
      {outcome && <Alert tone={ok ? "success" : "error"}>{outcome}</Alert>}
    </form>
  );
}
