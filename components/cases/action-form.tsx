"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import type { FormState } from "@/lib/forms/form-state";

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "datetime" | "checkboxes";
  options?: { value: string; label: string }[];
  /** For checkboxes: the values ticked at first. */
  checked?: string[];
  hint?: string;
  required?: boolean;
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

/**
 * One case action as a form: its fields, the case id and the version the officer is looking at (so a
 * concurrent change is refused with "reload"), and the outcome or errors next to their fields.
 */
export function ActionForm({
  id,
  title,
  action,
  caseId,
  version,
  fields = [],
  hidden = {},
  submitLabel,
  tone = "primary",
}: {
  id: string;
  title?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  caseId: string;
  version: number;
  fields?: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  tone?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate aria-labelledby={title ? `${id}-title` : undefined} className="space-y-3" data-testid={id}>
      {title && (
        <h3 id={`${id}-title`} className="font-medium text-slate-900">
          {title}
        </h3>
      )}
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="expectedVersion" value={version} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const inputId = `${id}-${field.name}`;
        const errors = state.errors?.[field.name];
        const describedBy = [errors?.length ? `${inputId}-error` : null, field.hint ? `${inputId}-hint` : null]
          .filter(Boolean)
          .join(" ");
        const common = {
          id: inputId,
          name: field.name,
          required: field.required,
          "aria-invalid": errors?.length ? true : undefined,
          "aria-describedby": describedBy || undefined,
          className: inputClass,
        };
        if (field.kind === "checkboxes") {
          return (
            <fieldset key={field.name} id={inputId} aria-describedby={describedBy || undefined} className="space-y-1">
              <legend className="block text-sm font-medium text-slate-800">{field.label}</legend>
              {field.options?.map((option) => (
                <label key={option.value} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name={field.name} value={option.value} defaultChecked={field.checked?.includes(option.value)} />
                  {option.label}
                </label>
              ))}
              {field.hint && (
                <p id={`${inputId}-hint`} className="text-xs text-slate-600">
                  {field.hint}
                </p>
              )}
              <FieldErrors id={`${inputId}-error`} errors={errors} />
            </fieldset>
          );
        }
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
              {field.label}
            </label>
            {field.kind === "textarea" ? (
              <textarea rows={3} {...common} />
            ) : field.kind === "select" ? (
              <select {...common} defaultValue="">
                <option value="">Choose…</option>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={field.kind === "datetime" ? "datetime-local" : "text"} {...common} />
            )}
            {field.hint && (
              <p id={`${inputId}-hint`} className="text-xs text-slate-600">
                {field.hint}
              </p>
            )}
            <FieldErrors id={`${inputId}-error`} errors={errors} />
          </div>
        );
      })}
      <Button type="submit" variant={tone} disabled={pending}>
        {submitLabel}
      </Button>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
    </form>
  );
}
