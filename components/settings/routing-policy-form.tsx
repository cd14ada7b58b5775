"use client";

import { useActionState } from "react";
import { updateRoutingPolicyAction } from "@/lib/actions/routing-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/forms/form-state";

interface Policy {
  forwardWithinBusinessDays: number;
  remindAfterBusinessDays: number;
  escalateAfterBusinessDays: number;
  linkValidDays: number;
}

const FIELDS: { name: keyof Policy; label: string; max: number }[] = [
  { name: "forwardWithinBusinessDays", label: "Route within (business days after confirmation)", max: 60 },
  { name: "remindAfterBusinessDays", label: "Remind the customer after (business days unacknowledged)", max: 60 },
  { name: "escalateAfterBusinessDays", label: "Alert the privacy officers after (business days)", max: 60 },
  { name: "linkValidDays", label: "Customer links work for (calendar days)", max: 90 },
];

export function RoutingPolicyForm({ policy }: { policy: Policy }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateRoutingPolicyAction, {});
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          label={field.label}
          name={field.name}
          type="number"
          inputMode="numeric"
          min={1}
          max={field.max}
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
