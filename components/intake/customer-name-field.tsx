"use client";

import { useEffect, useRef, useState } from "react";
import { FieldErrors } from "./form-fields";

const SUGGEST_DELAY_MS = 250;

/**
 * The request form's free-text customer field, with registered customer names suggested as the person
 * types (a native datalist: announced by screen readers, chosen with the keyboard, and any other text
 * is still accepted). Suggestions come from the public, rate-limited lookup; if it fails, none show.
 */
export function CustomerNameField({
  label,
  errors,
  onBlur,
}: {
  label: string;
  errors?: string[];
  onBlur?: () => void;
}) {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    },
    [],
  );

  const lookUp = (value: string) => {
    clearTimeout(timer.current);
    const q = value.trim();
    if (q.length < 2 || suggestions.includes(q)) {
      if (q.length < 2) setSuggestions([]);
      return;
    }
    timer.current = setTimeout(() => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      fetch(`/api/v1/customers/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response): Promise<unknown> => (response.ok ? response.json() : Promise.resolve({})))
        .then((body) => {
          const names: unknown = (body as { suggestions?: unknown } | null)?.suggestions;
          const list: unknown[] = Array.isArray(names) ? names : [];
          setSuggestions(list.filter((name): name is string => typeof name === "string"));
        })
        .catch(() => undefined);
    }, SUGGEST_DELAY_MS);
  };

  const errorId = "customerName-error";
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor="customerName" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id="customerName"
        name="customerName"
        type="text"
        list="customerName-suggestions"
        autoComplete="off"
        onChange={(event) => lookUp(event.target.value)}
        onBlur={onBlur}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-invalid:border-red-600"
      />
      <datalist id="customerName-suggestions" data-testid="customer-suggestions">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
