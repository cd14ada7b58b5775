"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { replyAction, stopLinkAction, withdrawAction } from "@/lib/actions/public/status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { FilePicker } from "@/components/ui/file-picker";
import { stopStatusLinkSchema, withdrawRequestSchema } from "@/lib/domain/status/status-page-forms";
import type { FormAction } from "@/lib/forms/form-action";
import { statusReplyFormSchema } from "@/lib/forms/status-reply-form-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/**
 * A refused reply (e.g. past a cap on files) keeps what was typed and chosen; a sent one clears the form.
 * The files are checked as they are chosen and again on sending, so too many or too large never leave.
 */
export function ReplyForm({ token }: { token: string }) {
  const t = useTranslations();
  const { form, formProps, pending, lastResult, ok, message, errors } = useSchemaForm(
    statusReplyFormSchema,
    replyAction,
  );
  const element = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (ok) element.current?.reset();
  }, [ok, lastResult]);
  const bodyErrors = errors.body;
  const fileErrors = errors.files;
  return (
    <form ref={element} {...formProps} className="space-y-2">
      {ok && <Alert tone="success">{t("status.replied")}</Alert>}
      {message && !ok && <Alert>{message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <label htmlFor="reply-body" className="block text-sm font-medium">
        {t("status.replyLabel")}
      </label>
      <textarea
        id="reply-body"
        name="body"
        rows={4}
        aria-invalid={bodyErrors ? true : undefined}
        aria-describedby={bodyErrors ? "reply-body-error" : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <FieldErrors id="reply-body-error" errors={bodyErrors} />
      <FilePicker
        id="reply-files"
        name="files"
        label={t("form.files")}
        texts={{
          choose: t("form.chooseFiles"),
          none: t("form.noFileChosen"),
          many: (count) => t("form.filesChosen", { count }),
        }}
        errors={fileErrors}
        multiple
        accept="application/pdf,image/png,image/jpeg"
        onChange={() => form.validate({ name: "files" })}
      />
      <Button type="submit" disabled={pending}>
        {t("status.replyButton")}
      </Button>
    </form>
  );
}

export function WithdrawForm({ token }: { token: string }) {
  const t = useTranslations();
  return (
    <ConfirmedActionForm
      id="withdraw"
      {...{ token, t }}
      schema={withdrawRequestSchema}
      action={withdrawAction}
      done={t("status.withdrawn")}
      confirm={t("status.withdrawConfirm")}
      button={t("status.withdrawButton")}
    />
  );
}

/** Revokes the link this page was opened with, after a ticked confirmation (the page then goes to /status). */
export function StopLinkForm({ token }: { token: string }) {
  const t = useTranslations();
  return (
    <ConfirmedActionForm
      id="stop-link"
      {...{ token, t }}
      schema={stopStatusLinkSchema}
      action={stopLinkAction}
      confirm={t("status.stopConfirm")}
      button={t("status.stopButton")}
    />
  );
}

/** A status-page action that only goes ahead with its box ticked (the use-case checks it again). */
function ConfirmedActionForm(props: {
  id: string;
  token: string;
  schema: typeof withdrawRequestSchema | typeof stopStatusLinkSchema;
  action: FormAction;
  /** What replaces the form once done (a form that leaves the page needs none). */
  done?: string;
  confirm: string;
  button: string;
}) {
  const { id, token } = props;
  const { formProps, pending, ok, message, errors } = useSchemaForm(props.schema, props.action);
  if (ok && props.done) return <Alert tone="success">{props.done}</Alert>;
  const confirmErrors = errors.confirm;
  return (
    <form {...formProps} className="space-y-3">
      {message && !ok && <Alert>{message}</Alert>}
      <input type="hidden" name="token" value={token} />
      <div className="flex items-start gap-2">
        <input
          id={`${id}-confirm`}
          type="checkbox"
          name="confirm"
          value="yes"
          aria-describedby={confirmErrors ? `${id}-confirm-error` : undefined}
        />
        <label htmlFor={`${id}-confirm`} className="py-0.5 text-sm">
          {props.confirm}
        </label>
      </div>
      <FieldErrors id={`${id}-confirm-error`} errors={confirmErrors} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {props.button}
      </Button>
    </form>
  );
}
