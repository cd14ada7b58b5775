import { FieldErrors } from "./field-errors";
import type { InputHTMLAttributes } from "react";

/** A labelled input whose errors are tied to it for screen readers (aria-describedby, aria-live). */
export function Field({
  label,
  name,
  errors,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] }) {
  const errorId = `${name}-error`;
  const hasErrors = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={hasErrors ? errorId : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        {...input}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
