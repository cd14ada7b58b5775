"use client";

import { updateRoutingPolicyAction } from "@/lib/actions/staff/routing-settings";
import { Field } from "@/components/ui/field";
import { SaveFooter } from "@/components/ui/save-footer";
import { routingPolicySchema } from "@/lib/domain/routing/routing-policy-settings";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

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
  const { formProps, pending, ok, message, errors } = useSchemaForm(routingPolicySchema, updateRoutingPolicyAction);
  return (
    <form {...formProps} className="grid max-w-xl gap-4">
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
          errors={errors[field.name]}
        />
      ))}
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
