"use client";

import { useForm, type DefaultValue } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useMemo } from "react";
import type { z } from "zod";
import type { FormAction, FormReply } from "./form-action";
import { parseForm } from "./parse-form";
import { wordErrors } from "./word-errors";

/**
 * The one client form hook: the schema the server parses with checks each field as the person leaves it
 * and everything on submit; the server's reply (errors, and what was typed) comes back through
 * `lastResult`. `errors` are worded in the page's language here, once for every form: the schema's
 * checks and the server's field errors are keys (the server words the form's own error). The submission
 * is dispatched by hand rather than through `<form action>`, because React resets a form after a form
 * action, which would empty it after a refusal.
 */
export function useSchemaForm<S extends z.ZodType<unknown, Record<string, unknown>>, D = undefined>(
  schema: S,
  action: FormAction<D>,
  options: { defaultValue?: DefaultValue<z.input<S>>; id?: string } = {},
) {
  const t = useTranslations();
  const [lastResult, dispatch, pending] = useActionState<FormReply<D> | undefined, FormData>(action, undefined);
  const [form, fields] = useForm<z.input<S>, z.output<S>, string[]>({
    id: options.id,
    lastResult,
    defaultValue: options.defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, schema),
    onSubmit(event, { formData }) {
      event.preventDefault();
      startTransition(() => dispatch(formData));
    },
  });
  // `action` only serves a browser without JavaScript (React skips it once onSubmit prevents the default).
  const formProps = { id: form.id, onSubmit: form.onSubmit, action: dispatch, noValidate: true };
  // The server's word: its success message, or why it refused (field errors sit next to their fields).
  const ok = lastResult?.status === "success";
  const message = ok ? lastResult.message : lastResult?.error?.[""]?.[0];
  // What a successful action answered with, for the form to show (undefined for most forms).
  const data = ok ? lastResult.data : undefined;
  const errors = useMemo(() => wordErrors(t, form.allErrors), [t, form.allErrors]);
  return { form, fields, formProps, pending, lastResult, ok, message, data, errors };
}
