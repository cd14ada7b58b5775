"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { FieldErrors } from "./field-errors";

export interface FilePickerTexts {
  /** The button's text ("Choose files"). */
  choose: string;
  /** Shown before a file is chosen ("No file chosen"). */
  none: string;
  /** Shown for several files, with {count} ("3 files chosen"). */
  /** The count of files chosen, in words ("3 files chosen"). */
  many: (count: number) => string;
}

/**
 * A file input that looks like a button and speaks the page's language: the browser's own control
 * writes "Choose Files / No file chosen" in the browser's language and looks like plain text. The native
 * input stays in the form (same name, same files) and in the tab order, visually hidden, inside the one
 * label that holds the field's words and the button (its name is both); focusing it shows the button's
 * focus ring. Space or Enter on it, or a click on the button, opens the browser's file chooser.
 */
export function FilePicker({
  id,
  name,
  label,
  texts,
  errors,
  errorId = `${id}-error`,
  accept,
  multiple = false,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  texts: FilePickerTexts;
  errors?: string[];
  errorId?: string;
  accept?: string;
  multiple?: boolean;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  // A form reset (after a sent reply) empties the input without a change event.
  useEffect(() => {
    const form = input.current?.form;
    const cleared = () => setChosen([]);
    form?.addEventListener("reset", cleared);
    return () => form?.removeEventListener("reset", cleared);
  }, []);
  const summary =
    chosen.length === 0
      ? texts.none
      : chosen.length === 1
        ? chosen[0]
        : texts.many(chosen.length);
  return (
    <div className="space-y-1">
      {/* One label holds the field's words, the input and the button, so the input has one name. */}
      <label htmlFor={id} className="relative block space-y-1">
        <span className="block text-sm font-medium text-slate-800">{label}</span>
        <input
          ref={input}
          id={id}
          name={name}
          type="file"
          multiple={multiple}
          accept={accept}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? errorId : undefined}
          onChange={(event) => {
            setChosen(Array.from(event.currentTarget.files ?? [], (file) => file.name));
            onChange?.(event);
          }}
          className="peer sr-only"
        />
        <span className="inline-flex cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700 hover:bg-slate-100">
          {texts.choose}
        </span>
      </label>
      <p className="text-sm text-slate-700" data-testid={`${id}-chosen`}>
        {summary}
      </p>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
