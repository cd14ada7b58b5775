"use client";

import { useActionState } from "react";
import { updateRetentionPolicyAction } from "@/lib/actions/retention-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { RETENTION_LIMITS, type RetentionDurations } from "@/lib/domain/retention/retention-policy";
import type { FormState } from "@/lib/forms/form-state";

const FIELDS: { name: keyof RetentionDurations; label: string }[] = [
  { name: "closedCaseDays", label: "Closed cases keep personal data for (days after closure)" },
  { name: "unverifiedDays", label: "Unconfirmed requests are deleted after (days after submission)" },
  { name: "uploadsAfterClosureDays", label: "Documents are deleted after (days after closure)" },
];

export function RetentionPolicyForm({ policy }: { policy: RetentionDurations }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateRetentionPolicyAction, {});
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate data-testid="retention-policy-form">
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          name={field.name}
          type="number"
          inputMode="numeric"
          min={RETENTION_LIMITS[field.name].min}
          max={RETENTION_LIMITS[field.name].max}
          step={1}
          required
          defaultValue={policy[field.name]}
          errors={state.errors?.[field.name]}
        />
      ))}
      <div>
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </div>
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
    </form>
  );
}
