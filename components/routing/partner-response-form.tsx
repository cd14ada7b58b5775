"use client";

import { useTranslations } from "next-intl";
import { RoutingDeclineReason } from "@/lib/db/generated/enums";
import type { RoutingAnswer } from "@/lib/domain/routing/routing-answers";
import { useState } from "react";
import { respondToRoutingAction } from "@/lib/actions/public/partner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { respondToRoutingSchema } from "@/lib/domain/routing/routing-response";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { linkIsGone } from "./link-is-gone";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * The customer's answers still open to their link (acknowledge, report the outcome, decline with a
 * reason). A refusal because the link or the answer no longer applies replaces the form: nothing was
 * recorded, and there is nothing left to send.
 */
export function PartnerResponseForm({ token, answers }: { token: string; answers: readonly RoutingAnswer[] }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(respondToRoutingSchema, respondToRoutingAction);
  const [response, setResponse] = useState(answers[0]);
  if (ok) return <Alert tone="success">{message}</Alert>;
  if (linkIsGone(message, { linkGone: t("partner.linkGone"), notRecorded: t("partner.notRecorded") }))
    return <Alert>{message}</Alert>;
  const reasonErrors = errors.declineReason;
  const noteErrors = errors.note;
  const responseErrors = errors.response;
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-2" aria-describedby="response-error">
        {/* The section's heading above says "Your answer" already: the legend only names the group. */}
        <legend className="sr-only">{t("partner.answerTitle")}</legend>
        {answers.map((answer) => (
          <label key={answer} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="response"
              value={answer}
              checked={response === answer}
              onChange={() => setResponse(answer)}
            />
            {t(`partner.answers.${answer}`)}
          </label>
        ))}
        <FieldErrors id="response-error" errors={responseErrors} />
      </fieldset>
      {response === "DECLINE" && (
        <div className="space-y-1">
          <label htmlFor="declineReason" className="block text-sm font-medium">
            {t("partner.why")}
          </label>
          <select
            id="declineReason"
            name="declineReason"
            defaultValue=""
            className={inputClass}
            aria-describedby="declineReason-error"
          >
            <option value="">{t("partner.choose")}</option>
            {Object.values(RoutingDeclineReason).map((value) => (
              <option key={value} value={value}>
                {t(`partner.declineReasons.${value}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="declineReason-error" errors={reasonErrors} />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="note" className="block text-sm font-medium">
          {t("partner.note")}
        </label>
        <textarea id="note" name="note" rows={3} className={inputClass} aria-describedby="note-error" />
        <FieldErrors id="note-error" errors={noteErrors} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("partner.send")}
      </Button>
      {message && <Alert>{message}</Alert>}
    </form>
  );
}
