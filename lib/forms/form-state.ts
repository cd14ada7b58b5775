import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors/app-error";

/** The one shape every form action returns (rendered with useActionState). */
export interface FormState {
  errors?: Record<string, string[] | undefined>;
  message?: string;
  ok?: boolean;
}

/**
 * An expected failure as form state: field errors go next to their fields, anything else becomes the
 * form's message; an unreachable database asks to try again (what was typed stays in the form). Unexpected
 * errors are thrown on to the error boundary (logged there, shown generically).
 */
export function formStateFromError(error: unknown): FormState {
  if (isDatabaseUnavailable(error)) return { message: DATABASE_UNAVAILABLE_MESSAGE };
  if (!isAppError(error)) throw error;
  return { message: error.fieldErrors ? undefined : error.message, errors: error.fieldErrors };
}

/** Runs a form action's work: success becomes `{ ok, message }`, expected errors become form state. */
export async function runFormAction(work: () => Promise<string | undefined>): Promise<FormState> {
  try {
    return { ok: true, message: await work() };
  } catch (error) {
    return formStateFromError(error);
  }
}
