"use client";

import { useActionState, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { replyAction, stopLinkAction, withdrawAction } from "@/lib/actions/public/status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import { chosenFileErrors } from "@/lib/forms/chosen-file-errors";
import type { FormState } from "@/lib/forms/form-state";
import { translateErrors, type Dictionary } from "@/lib/i18n/dictionaries";

/** A refused reply (e.g. past a cap on files) keeps what was typed and chosen; a sent one clears the form. */
export function ReplyForm({ token, t }: { token: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<FormState, FormData>(replyAction, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  // The files are checked as they are chosen and again on sending, so too many or too large never leave.
  const [chosenErrors, setChosenErrors] = useState<string[]>([]);
  const errors = translateErrors(t, state.errors?.body);
  const fileErrors = translateErrors(t, chosenErrors.length ? chosenErrors : state.errors?.files);
  const checkFiles = (input: HTMLInputElement | null) => {
    const found = chosenFileErrors(Array.from(input?.files ?? []));
    setChosenErrors(found);
    return found;
  };
  const submit = submitKeepingValues(action);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("files") as HTMLInputElement | null;
    if (checkFiles(input).length) {
      event.preventDefault();
      input?.focus();
      return;
    }
    submit(event);
  };
  return (
    <form ref={form} action={action} onSubmit={onSubmit} className="space-y-2" noValidate>
      {state.ok && <Alert tone="success">{t.status.replied}</Alert>}
      {state.message && !state.ok && <Alert>{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <label htmlFor="reply-body" className="block text-sm font-medium">
        {t.status.replyLabel}
      </label>
      <textarea
        id="reply-body"
        name="body"
        rows={4}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? "reply-body-error" : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <FieldErrors id="reply-body-error" errors={errors} />
      <label htmlFor="reply-files" className="block text-sm font-medium">
        {t.form.files}
      </label>
      <input
        id="reply-files"
        name="files"
        type="file"
        multiple
        accept="application/pdf,image/png,image/jpeg"
        aria-invalid={fileErrors ? true : undefined}
        aria-describedby={fileErrors ? "reply-files-error" : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => checkFiles(event.currentTarget)}
        className="block text-sm"
      />
      <FieldErrors id="reply-files-error" errors={fileErrors} />
      <Button type="submit" disabled={pending}>
        {t.status.replyButton}
      </Button>
    </form>
  );
}

export function WithdrawForm({ token, t }: { token: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<FormState, FormData>(withdrawAction, {});
  if (state.ok) return <Alert tone="success">{t.status.withdrawn}</Alert>;
  return (
    <ConfirmedActionForm
      id="withdraw"
      {...{ token, t, state, action, pending }}
      confirm={t.status.withdrawConfirm}
      button={t.status.withdrawButton}
    />
  );
}

/** Revokes the link this page was opened with, after a ticked confirmation (the page then goes to /status). */
export function StopLinkForm({ token, t }: { token: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<FormState, FormData>(stopLinkAction, {});
  return (
    <ConfirmedActionForm
      id="stop-link"
      {...{ token, t, state, action, pending }}
      confirm={t.status.stopConfirm}
      button={t.status.stopButton}
    />
  );
}

/** A status-page action that only goes ahead with its box ticked (the use-case checks it again). */
function ConfirmedActionForm(props: {
  id: string;
  token: string;
  t: Dictionary;
  state: FormState;
  action: (formData: FormData) => void;
  pending: boolean;
  confirm: string;
  button: string;
}) {
  const { id, token, t, state, action, pending } = props;
  const errors = translateErrors(t, state.errors?.confirm);
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.message && !state.ok && <Alert>{state.message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <div className="flex items-start gap-2">
        <input
          id={`${id}-confirm`}
          type="checkbox"
          name="confirm"
          value="yes"
          className="mt-1"
          aria-describedby={errors ? `${id}-confirm-error` : undefined}
        />
        <label htmlFor={`${id}-confirm`} className="text-sm">
          {props.confirm}
        </label>
      </div>
      <FieldErrors id={`${id}-confirm-error`} errors={errors} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {props.button}
      </Button>
    </form>
  );
}
