"use client";

import { useTranslations } from "next-intl";
import { updateRetentionPolicyAction } from "@/lib/actions/staff/retention-settings";
import { Field } from "@/components/ui/field";
import { SaveFooter } from "@/components/ui/save-footer";
import {
  RETENTION_LIMITS,
  retentionPolicySchema,
  type RetentionDurations,
} from "@/lib/domain/retention/retention-policy";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

const FIELDS: (keyof RetentionDurations)[] = ["closedCaseDays", "unverifiedDays", "uploadsAfterClosureDays"];

export function RetentionPolicyForm({ policy }: { policy: RetentionDurations }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(retentionPolicySchema, updateRetentionPolicyAction);
  return (
    <form {...formProps} className="grid max-w-xl gap-4" data-testid="retention-policy-form">
      {FIELDS.map((field) => (
        <Field
          key={field}
          label={t(`settings.retention.fields.${field}`)}
          name={field}
          type="number"
          inputMode="numeric"
          min={RETENTION_LIMITS[field].min}
          max={RETENTION_LIMITS[field].max}
          step={1}
          required
          defaultValue={policy[field]}
          errors={errors[field]}
        />
      ))}
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
