"use client";

import { useActionState, useState } from "react";
import { respondToRoutingAction } from "@/lib/actions/public/partner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import type { FormState } from "@/lib/forms/form-state";
import { translateErrors, type Dictionary } from "@/lib/i18n/dictionaries";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * The customer's answers still open to their link (acknowledge, report the outcome, decline with a
 * reason). A refusal because the link or the answer no longer applies replaces the form: nothing was
 * recorded, and there is nothing left to send.
 */
export function PartnerResponseForm({
  token,
  answers,
  t,
}: {
  token: string;
  answers: readonly string[];
  t: Dictionary;
}) {
  const [result, action, pending] = useActionState<FormState & { gone?: boolean }, FormData>(
    respondToRoutingAction,
    {},
  );
  const [response, setResponse] = useState(answers[0]);
  if (result.ok) return <Alert tone="success">{result.message}</Alert>;
  if (result.gone) return <Alert>{result.message}</Alert>;
  const reasonErrors = translateErrors(t, result.errors?.declineReason);
  const noteErrors = translateErrors(t, result.errors?.note);
  const responseErrors = translateErrors(t, result.errors?.response);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-2" aria-describedby="response-error">
        <legend className="font-medium">{t.partner.answerTitle}</legend>
        {answers.map((answer) => (
          <label key={answer} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="response"
              value={answer}
              checked={response === answer}
              onChange={() => setResponse(answer)}
            />
            {t.partner.answers[answer]}
          </label>
        ))}
        <FieldErrors id="response-error" errors={responseErrors} />
      </fieldset>
      {response === "DECLINE" && (
        <div className="space-y-1">
          <label htmlFor="declineReason" className="block text-sm font-medium">
            {t.partner.why}
          </label>
          <select
            id="declineReason"
            name="declineReason"
            defaultValue=""
            className={inputClass}
            aria-describedby="declineReason-error"
          >
            <option value="">{t.partner.choose}</option>
            {Object.entries(t.partner.declineReasons).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldErrors id="declineReason-error" errors={reasonErrors} />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="note" className="block text-sm font-medium">
          {t.partner.note}
        </label>
        <textarea id="note" name="note" rows={3} className={inputClass} aria-describedby="note-error" />
        <FieldErrors id="note-error" errors={noteErrors} />
      </div>
      <Button type="submit" disabled={pending}>
        {t.partner.send}
      </Button>
      {result.message && <Alert>{result.message}</Alert>}
    </form>
  );
}
