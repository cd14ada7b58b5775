"use client";

import { useActionState, useState } from "react";
import { respondToRoutingAction } from "@/app/partner/[token]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import type { FormState } from "@/lib/forms/form-state";

const inputClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** The customer's three answers: acknowledge, report the outcome, or decline with a reason. */
export function PartnerResponseForm({ token, state }: { token: string; state: string }) {
  const [result, action, pending] = useActionState<FormState, FormData>(respondToRoutingAction, {});
  const [response, setResponse] = useState(state === "SENT" ? "ACKNOWLEDGE" : "COMPLETE");
  if (result.ok) return <Alert tone="success">{result.message}</Alert>;
  const options =
    state === "SENT"
      ? [
          { value: "ACKNOWLEDGE", label: "Acknowledge: we received it and will decide on it" },
          { value: "COMPLETE", label: "Report the outcome: we have completed it" },
          { value: "DECLINE", label: "Decline: this is not ours" },
        ]
      : [{ value: "COMPLETE", label: "Report the outcome: we have completed it" }];
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-2">
        <legend className="font-medium">Your answer</legend>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="response"
              value={option.value}
              checked={response === option.value}
              onChange={() => setResponse(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {response === "DECLINE" && (
        <div className="space-y-1">
          <label htmlFor="declineReason" className="block text-sm font-medium">
            Why
          </label>
          <select id="declineReason" name="declineReason" defaultValue="" className={inputClass} aria-describedby="declineReason-error">
            <option value="">Choose…</option>
            <option value="NOT_OUR_DATA_SUBJECT">The person is not our data subject</option>
            <option value="NOT_OUR_CUSTOMER">We are not your customer</option>
          </select>
          <FieldErrors id="declineReason-error" errors={result.errors?.declineReason} />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="note" className="block text-sm font-medium">
          Note for us (optional)
        </label>
        <textarea id="note" name="note" rows={3} className={inputClass} aria-describedby="note-error" />
        <FieldErrors id="note-error" errors={result.errors?.note} />
      </div>
      <Button type="submit" disabled={pending}>
        Send answer
      </Button>
      {result.message && <Alert>{result.message}</Alert>}
    </form>
  );
}
