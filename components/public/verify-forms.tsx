"use client";

import { useActionState } from "react";
import { resendAction, verifyCodeAction, verifyLinkAction } from "@/lib/actions/public/verify";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import type { FormState } from "@/lib/forms/form-state";
import { translateErrors, type Dictionary } from "@/lib/i18n/dictionaries";

function Outcome({ state, t }: { state: FormState; t: Dictionary }) {
  if (state.ok && state.message === "verified") return <Alert tone="success">{t.verify.done}</Alert>;
  if (state.ok && state.message === "resent") return <Alert tone="info">{t.verify.resent}</Alert>;
  if (state.message) return <Alert>{state.message}</Alert>;
  return null;
}

/** Opened from the email link: one button confirms (a link scanner's visit changes nothing). */
export function VerifyLinkForm({ token, t }: { token: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<FormState, FormData>(verifyLinkAction, {});
  if (state.ok) return <Outcome state={state} t={t} />;
  return (
    <form action={action} className="space-y-4">
      <p>{t.verify.linkIntro}</p>
      <Outcome state={state} t={t} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {t.verify.confirmButton}
      </Button>
    </form>
  );
}

/** After submitting: type the 6-digit code, or ask for a new one. */
export function VerifyCodeForm({ request, t }: { request: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<FormState, FormData>(verifyCodeAction, {});
  const [resent, resend, resending] = useActionState<FormState, FormData>(resendAction, {});
  if (state.ok) return <Outcome state={state} t={t} />;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <Outcome state={state} t={t} />
        <input type="hidden" name="request" value={request} />
        <Field
          label={t.verify.codeLabel}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          errors={translateErrors(t, state.errors?.code)}
        />
        <Button type="submit" disabled={pending}>
          {t.verify.codeButton}
        </Button>
      </form>
      <form action={resend}>
        <input type="hidden" name="request" value={request} />
        <Outcome state={resent} t={t} />
        <FieldErrors id="resend-error" errors={translateErrors(t, resent.errors?.request)} />
        <Button type="submit" variant="secondary" disabled={resending}>
          {t.verify.resend}
        </Button>
      </form>
    </div>
  );
}
