import type { Translator } from "@/lib/i18n/translator";
import { translateErrors } from "@/lib/i18n/errors";
import type { AppError, FieldErrors } from "./app-error";

/** An AppError worded in one language: its message, and its field errors (keys under `errors`) as sentences. */
export function translateAppError(
  error: AppError,
  t: Translator,
): { message: string; fieldErrors?: Record<string, string[]> } {
  const message = t(error.key, error.values as never);
  return { message, fieldErrors: error.fieldErrors ? translateFieldErrors(error.fieldErrors, t) : undefined };
}

/** An AppError as one sentence: its field errors' sentences when it has any, else its message. */
export function describeAppError(error: AppError, t: Translator): string {
  const { message, fieldErrors } = translateAppError(error, t);
  const sentences = Object.values(fieldErrors ?? {}).flat();
  return sentences.length ? sentences.join(" ") : message;
}

/** Field errors (keys) as sentences in the translator's language; empty fields are left out. */
export function translateFieldErrors(fieldErrors: FieldErrors, t: Translator): Record<string, string[]> {
  const worded: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(fieldErrors)) {
    if (keys?.length) worded[field] = translateErrors(t, keys) ?? [];
  }
  return worded;
}
