"use client";

import { useTranslations } from "next-intl";
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

const FIELDS: { name: keyof Policy; max: number }[] = [
  { name: "forwardWithinBusinessDays", max: 60 },
  { name: "remindAfterBusinessDays", max: 60 },
  { name: "escalateAfterBusinessDays", max: 60 },
  { name: "linkValidDays", max: 90 },
];

export function RoutingPolicyForm({ policy }: { policy: Policy }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(routingPolicySchema, updateRoutingPolicyAction);
  return (
    <form {...formProps} className="grid max-w-xl gap-4">
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          label={t(`settings.routing.fields.${field.name}`)}
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
