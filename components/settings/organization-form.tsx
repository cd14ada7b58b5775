"use client";

import { useActionState } from "react";
import { updateOrganizationSettingsAction } from "@/lib/actions/organization-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitKeepingValues } from "@/components/ui/submit-keeping-values";
import type { FormState } from "@/lib/forms/form-state";

interface Values {
  senderName: string;
  senderEmail: string;
  supervisoryAuthority: string;
  complaintContact: string;
}

export function OrganizationForm({ values, mailFromAddress }: { values: Values; mailFromAddress: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateOrganizationSettingsAction, {});
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="grid max-w-2xl gap-4" noValidate>
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-medium">Sender</legend>
        <Field
          label="Sender name"
          name="senderName"
          defaultValue={values.senderName}
          required
          maxLength={100}
          errors={state.errors?.senderName}
        />
        <Field
          label={`Sender email address (empty: ${mailFromAddress})`}
          name="senderEmail"
          type="email"
          defaultValue={values.senderEmail}
          errors={state.errors?.senderEmail}
        />
      </fieldset>
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-medium">Complaints (named in denial emails)</legend>
        <Field
          label="Supervisory authority responsible for the company"
          name="supervisoryAuthority"
          defaultValue={values.supervisoryAuthority}
          placeholder="Data Protection Commission (Ireland), www.dataprotection.ie"
          maxLength={500}
          errors={state.errors?.supervisoryAuthority}
        />
        <Field
          label="Where requesters can send a complaint to the company"
          name="complaintContact"
          defaultValue={values.complaintContact}
          placeholder="Data protection officer, dpo@example.com"
          maxLength={500}
          errors={state.errors?.complaintContact}
        />
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </div>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
    </form>
  );
}
