import type { ReactNode } from "react";
import { FieldErrors } from "@/components/ui/field-errors";

export { FieldErrors };

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600";

interface FieldProps {
  name: string;
  label: string;
  errors?: string[];
  onBlur?: () => void;
}

function described(name: string, errors?: string[]) {
  const id = `${name}-error`;
  return {
    errorId: id,
    aria: { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": errors?.length ? id : undefined },
  };
}

export function TextField({
  name,
  label,
  errors,
  onBlur,
  multiline,
  type = "text",
  autoComplete,
  required,
}: FieldProps & { multiline?: boolean; type?: string; autoComplete?: string; required?: boolean }) {
  const { errorId, aria } = described(name, errors);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {multiline ? (
        <textarea id={name} name={name} rows={3} className={inputClass} onBlur={onBlur} required={required} {...aria} />
      ) : (
        <input
          id={name}
          name={name}
          type={type}
          className={inputClass}
          onBlur={onBlur}
          autoComplete={autoComplete}
          required={required}
          {...aria}
        />
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  errors,
  onChange,
}: FieldProps & { onChange?: (checked: boolean) => void }) {
  const { errorId, aria } = described(name, errors);
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input id={name} name={name} type="checkbox" onChange={(e) => onChange?.(e.target.checked)} {...aria} />
        <label htmlFor={name} className="py-0.5 text-sm">
          {label}
        </label>
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/**
 * Radio buttons named by their legend. `legendHidden`: the heading just above already says it, so the
 * legend is for screen readers only (the group keeps its name) and the page does not show it twice.
 */
export function RadioGroup({
  name,
  legend,
  legendHidden = false,
  options,
  errors,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  legendHidden?: boolean;
  options: { value: string; label: string }[];
  errors?: string[];
  value?: string;
  onChange?: (value: string) => void;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="space-y-1" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className={legendHidden ? "sr-only" : "text-sm font-medium text-slate-800"}>{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="flex items-center gap-2">
          <input
            id={`${name}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            checked={value === undefined ? undefined : value === option.value}
            onChange={() => onChange?.(option.value)}
          />
          <label htmlFor={`${name}-${option.value}`} className="text-sm">
            {option.label}
          </label>
        </div>
      ))}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

export function SelectField({
  name,
  label,
  errors,
  children,
  onChange,
  defaultValue,
}: FieldProps & { children: ReactNode; onChange?: (value: string) => void; defaultValue?: string }) {
  const { errorId, aria } = described(name, errors);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={name}
        name={name}
        className={inputClass}
        defaultValue={defaultValue}
        onChange={(e) => onChange?.(e.target.value)}
        {...aria}
      >
        {children}
      </select>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
