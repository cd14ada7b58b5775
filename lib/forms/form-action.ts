import type { SubmissionResult } from "@conform-to/dom";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/roles";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors/app-error";
import { parseForm } from "./parse-form";

/**
 * What every form action returns: Conform's reply (field errors, form errors under "", and what was
 * typed, so the form keeps it after any refusal) plus, on success, the message the form shows and, for a
 * form that answers with something to show (a revealed requester), its data.
 */
export type FormReply<D = undefined> = SubmissionResult<string[]> & { message?: string; data?: D };
export type FormAction<D = undefined> = (
  previous: FormReply<D> | undefined,
  formData: FormData,
) => Promise<FormReply<D>>;

interface FormActionOptions<S extends z.ZodType, C, D> {
  schema: S;
  /**
   * Calls the use-case. Returns the success message, if any, or the message and the data the form shows;
   * may `redirect()` (rethrown as Next needs).
   */
  run: (value: z.output<S>, context: C) => Promise<string | void | { message?: string; data: D }>;
  /**
   * Fields whose typed value is never sent back (passwords): the page's field keeps what was typed, but
   * the reply, which a page without JavaScript renders into its HTML, does not carry it.
   */
  secretFields?: readonly string[];
}

/**
 * The one server-action wrapper: parse with the form's schema → (staff) permission → use-case → reply.
 * Bad input never reaches the use-case; expected errors (AppError, database unavailable) become field or
 * form errors; anything else is thrown on to the error boundary (logged there, shown generically).
 */
function wrap<S extends z.ZodType, C, D>(
  { schema, run, secretFields = [] }: FormActionOptions<S, C, D>,
  contextFor: (formData: FormData) => Promise<C>,
): FormAction<D> {
  const action: FormAction<D> = async (_previous, formData) => {
    const submission = parseForm(formData, schema);
    try {
      const context = await contextFor(formData);
      if (submission.status !== "success") return submission.reply();
      const result = await run(submission.value, context);
      return { ...submission.reply(), ...(typeof result === "object" ? result : { message: result ?? undefined }) };
    } catch (error) {
      unstable_rethrow(error);
      return submission.reply(replyOptionsFor(error));
    }
  };
  if (secretFields.length === 0) return action;
  return async (previous, formData) => {
    const reply = await action(previous, formData);
    if (!reply.initialValue) return reply;
    const initialValue = { ...reply.initialValue };
    for (const name of secretFields) delete initialValue[name];
    return { ...reply, initialValue };
  };
}

/** A form anyone may send (the public pages, secret-link pages). */
export function publicFormAction<S extends z.ZodType, D = undefined>(
  options: FormActionOptions<S, { formData: FormData }, D>,
) {
  return wrap(options, (formData) => Promise.resolve({ formData }));
}

/** A staff form: the actor is re-read and must hold `permission` (failing closed) before the use-case runs. */
export function staffFormAction<S extends z.ZodType, D = undefined>(
  permission: Permission,
  options: FormActionOptions<S, { actor: Actor; formData: FormData }, D>,
) {
  return wrap(options, async (formData) => ({ actor: await requirePermission(permission), formData }));
}

/** An expected failure as Conform reply options; unexpected ones are thrown on. */
export function replyOptionsFor(error: unknown): { formErrors?: string[]; fieldErrors?: Record<string, string[]> } {
  if (isDatabaseUnavailable(error)) return { formErrors: [DATABASE_UNAVAILABLE_MESSAGE] };
  if (!isAppError(error)) throw error;
  if (!error.fieldErrors) return { formErrors: [error.message] };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    if (messages?.length) fieldErrors[field === "_form" ? "" : field] = messages;
  }
  return { fieldErrors };
}
