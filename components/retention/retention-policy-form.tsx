"use client";

import { updateRetentionPolicyAction } from "@/lib/actions/staff/retention-settings";
import { Field } from "@/components/ui/field";
import { SaveFooter } from "@/components/ui/save-footer";
import {
  RETENTION_LIMITS,
  retentionPolicySchema,
  type RetentionDurations,
} from "@/lib/domain/retention/retention-policy";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

const FIELDS: { name: keyof RetentionDurations; label: string }[] = [
  { name: "closedCaseDays", label: "Closed cases keep personal data for (days after closure)" },
  { name: "unverifiedDays", label: "Unconfirmed requests are deleted after (days after submission)" },
  { name: "uploadsAfterClosureDays", label: "Documents are deleted after (days after closure)" },
];

export function RetentionPolicyForm({ policy }: { policy: RetentionDurations }) {
  const { formProps, pending, ok, message, errors } = useSchemaForm(retentionPolicySchema, updateRetentionPolicyAction);
  return (
    <form {...formProps} className="grid max-w-xl gap-4" data-testid="retention-policy-form">
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
          errors={errors[field.name]}
        />
      ))}
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
