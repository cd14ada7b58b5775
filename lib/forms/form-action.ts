import type { SubmissionResult } from "@conform-to/dom";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/roles";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors/app-error";
import { translateAppError } from "@/lib/errors/translate";
import type { Locale } from "@/lib/i18n/languages";
import { requestLocale } from "@/lib/i18n/locale";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { parseForm } from "./parse-form";
import { wordErrors } from "./word-errors";

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
 * form errors; anything else is thrown on to the error boundary (logged there, shown generically). Field
 * errors stay keys (the form's hook words them, as it words its own checks); the form's error is worded
 * here, in the language `localeFor` gives for the context (undefined when getting it failed).
 */
function wrap<S extends z.ZodType, C, D>(
  { schema, run, secretFields = [] }: FormActionOptions<S, C, D>,
  contextFor: (formData: FormData) => Promise<C>,
  localeFor: (context: C | undefined) => Promise<Locale>,
): FormAction<D> {
  const action: FormAction<D> = async (_previous, formData) => {
    const submission = parseForm(formData, schema);
    let context: C | undefined;
    try {
      context = await contextFor(formData);
      if (submission.status !== "success") return submission.reply();
      const result = await run(submission.value, context);
      return { ...submission.reply(), ...(typeof result === "object" ? result : { message: result ?? undefined }) };
    } catch (error) {
      unstable_rethrow(error);
      if (!isExpected(error)) throw error;
      return submission.reply(replyOptionsFor(error, translatorFor(await localeFor(context))));
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
  return wrap(options, (formData) => Promise.resolve({ formData }), visitorLocale);
}

/** A staff form: the actor is re-read and must hold `permission` (failing closed) before the use-case runs. */
export function staffFormAction<S extends z.ZodType, D = undefined>(
  permission: Permission,
  options: FormActionOptions<S, { actor: Actor; formData: FormData }, D>,
) {
  return wrap(
    options,
    async (formData) => ({ actor: await requirePermission(permission), formData }),
    // Without an actor (signed out, or refused by the permission check) the visitor's language.
    async (context) => context?.actor.locale ?? (await visitorLocale()),
  );
}

async function visitorLocale(): Promise<Locale> {
  return (await requestLocale()).locale;
}

function isExpected(error: unknown): boolean {
  return isDatabaseUnavailable(error) || isAppError(error);
}

/**
 * An expected failure as Conform reply options, the form's error worded by `t`; field errors stay keys
 * (the form's hook words them), except the whole form's ("_form"), which is worded here like the
 * form's message. Unexpected failures are thrown on.
 */
export function replyOptionsFor(
  error: unknown,
  t: Translator,
): { formErrors?: string[]; fieldErrors?: Record<string, string[]> } {
  if (isDatabaseUnavailable(error)) return { formErrors: [t(DATABASE_UNAVAILABLE)] };
  if (!isAppError(error)) throw error;
  if (!error.fieldErrors) return { formErrors: [translateAppError(error, t).message] };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(error.fieldErrors)) {
    if (!keys?.length) continue;
    if (field === "_form") fieldErrors[""] = wordErrors(t, { "": keys })[""] ?? [];
    else fieldErrors[field] = keys;
  }
  return { fieldErrors };
}
