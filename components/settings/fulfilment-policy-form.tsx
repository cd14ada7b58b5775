"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import { SaveFooter } from "@/components/ui/save-footer";
import { updateFulfilmentPolicyAction } from "@/lib/actions/staff/fulfilment-settings";
import { fulfilmentPolicySchema } from "@/lib/domain/fulfilment/fulfilment-policy-settings";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

interface Policy {
  remindAfterBusinessDays: number;
  escalateAfterBusinessDays: number;
  maxFilesPerResult: number;
  maxFileMegabytes: number;
  maxDeliveryAttempts: number;
  allowedPrivateHosts: string[];
}

type NumberField = Exclude<keyof Policy, "allowedPrivateHosts">;

const GROUPS: { heading: "clock" | "limits" | "webhooks"; fields: { name: NumberField; max: number }[] }[] = [
  {
    heading: "clock",
    fields: [
      { name: "remindAfterBusinessDays", max: 60 },
      { name: "escalateAfterBusinessDays", max: 60 },
    ],
  },
  {
    heading: "limits",
    fields: [
      { name: "maxFilesPerResult", max: 50 },
      { name: "maxFileMegabytes", max: 500 },
    ],
  },
  { heading: "webhooks", fields: [{ name: "maxDeliveryAttempts", max: 30 }] },
];

/** The fulfilment policy (Settings > Fulfilment): the task clock, the result files' caps, the webhooks' limits. */
export function FulfilmentPolicyForm({ policy }: { policy: Policy }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(
    fulfilmentPolicySchema,
    updateFulfilmentPolicyAction,
  );
  return (
    <form {...formProps} className="grid max-w-xl gap-6">
      {GROUPS.map((group) => (
        <fieldset key={group.heading} className="grid gap-4">
          <legend className="mb-2 font-medium">{t(`fulfilmentSettings.${group.heading}`)}</legend>
          {group.fields.map((field) => (
            <Field
              key={field.name}
              label={t(`fulfilmentSettings.fields.${field.name}`)}
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
          {group.heading === "webhooks" && (
            <div className="space-y-1">
              <label htmlFor="allowedPrivateHosts" className="block text-sm font-medium text-slate-800">
                {t("fulfilmentSettings.fields.allowedPrivateHosts")}
              </label>
              <textarea
                id="allowedPrivateHosts"
                name="allowedPrivateHosts"
                rows={3}
                defaultValue={policy.allowedPrivateHosts.join("\n")}
                aria-describedby="allowedPrivateHosts-hint allowedPrivateHosts-error"
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
              />
              <p id="allowedPrivateHosts-hint" className="text-sm text-slate-600">
                {t("fulfilmentSettings.hostsHint")}
              </p>
              <FieldErrors id="allowedPrivateHosts-error" errors={errors.allowedPrivateHosts} />
            </div>
          )}
        </fieldset>
      ))}
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
