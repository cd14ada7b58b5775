"use client";

import { useTranslations } from "next-intl";
import type { TextareaHTMLAttributes } from "react";
import { createSystemAction, updateSystemAction } from "@/lib/actions/staff/systems";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import { Regime, type Locale, type SystemReach } from "@/lib/db/generated/enums";
import { TASK_KINDS } from "@/lib/domain/fulfilment/task-rules";
import { updateSystemSchema } from "@/lib/domain/systems/system-forms";
import { systemFieldsSchema } from "@/lib/domain/systems/system-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { LOCALES } from "@/lib/i18n/languages";
import { ShownOnceSecrets } from "./shown-once-secrets";

export interface SystemFormValues {
  name: string;
  description: string | null;
  ownerIds: string[];
  ownerEmails: string[];
  locale: Locale;
  dataCategories: string[];
  requestTypes: string[];
  regimes: string[];
  reach: SystemReach;
  webhookUrl: string | null;
  active: boolean;
}

export const EMPTY_SYSTEM: SystemFormValues = {
  name: "",
  description: null,
  ownerIds: [],
  ownerEmails: [],
  locale: "en",
  dataCategories: [],
  requestTypes: [],
  regimes: [],
  reach: "MANUAL",
  webhookUrl: null,
  active: true,
};

const REACHES: readonly SystemReach[] = ["MANUAL", "WEBHOOK"];
const REGIMES = Object.values(Regime);
const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600";

function TextArea({
  label,
  name,
  hint,
  errors,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={name}
        name={name}
        rows={3}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [hint ? `${name}-hint` : "", invalid ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined
        }
        className={inputClass}
        {...props}
      />
      <FieldErrors id={`${name}-error`} errors={errors} />
    </div>
  );
}

/** A group of checkboxes posting one field as a list, its errors tied to the group. */
function Choices({
  legend,
  name,
  hint,
  options,
  checked,
  errors,
}: {
  legend: string;
  name: string;
  hint?: string;
  options: { value: string; label: string; translate?: boolean }[];
  checked: readonly string[];
  errors?: string[];
}) {
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      className="space-y-1"
      aria-invalid={invalid || undefined}
      aria-describedby={
        [hint ? `${name}-hint` : "", invalid ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined
      }
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
            <span translate={option.translate === false ? "no" : undefined}>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

/**
 * A system's registration: adding one, or editing one (`systemId`, with the time it was loaded so a
 * concurrent change is not overwritten). Staff owners are picked from the enabled accounts. Secrets made
 * by the save (a new webhook system) are shown below the form, this once.
 */
export function SystemForm({
  initial = EMPTY_SYSTEM,
  systemId,
  updatedAt,
  staff,
}: {
  initial?: SystemFormValues;
  systemId?: string;
  updatedAt?: string;
  staff: { id: string; name: string; email: string; disabled?: boolean }[];
}) {
  const [schema, submit] = systemId
    ? [updateSystemSchema, updateSystemAction]
    : [systemFieldsSchema, createSystemAction];
  const { formProps, pending, ok, message, errors, data } = useSchemaForm(schema, submit);
  const t = useTranslations();
  return (
    <div className="space-y-4">
      <form
        {...formProps}
        className="space-y-4"
        aria-label={systemId ? t("systems.form.editLabel") : t("systems.form.newTitle")}
      >
        {systemId && <input type="hidden" name="systemId" value={systemId} />}
        {updatedAt && <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />}
        <Field
          label={t("systems.form.name")}
          name="name"
          required
          autoComplete="off"
          defaultValue={initial.name}
          errors={errors.name}
        />
        <TextArea
          label={t("systems.form.description")}
          name="description"
          defaultValue={initial.description ?? ""}
          errors={errors.description}
        />
        <Choices
          legend={t("systems.form.requestTypes")}
          name="requestTypes"
          options={TASK_KINDS.map((type) => ({ value: type, label: t(`labels.types.${type}`) }))}
          checked={initial.requestTypes}
          errors={errors.requestTypes}
        />
        <Choices
          legend={t("systems.form.regimes")}
          name="regimes"
          hint={t("systems.form.regimesHint")}
          options={REGIMES.map((regime) => ({ value: regime, label: t(`labels.regimes.${regime}`) }))}
          checked={initial.regimes}
          errors={errors.regimes}
        />
        <TextArea
          label={t("systems.form.categories")}
          name="dataCategories"
          hint={t("systems.form.categoriesHint")}
          defaultValue={initial.dataCategories.join("\n")}
          errors={errors.dataCategories}
        />
        <fieldset className="space-y-1" aria-describedby={errors.reach?.length ? "reach-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("systems.form.reach")}</legend>
          {REACHES.map((reach) => (
            <label key={reach} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="reach"
                value={reach}
                defaultChecked={initial.reach === reach}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{t(`systems.reach.${reach}`)}</span>
                <span className="block text-xs text-slate-600">{t(`systems.reachHint.${reach}`)}</span>
              </span>
            </label>
          ))}
          <FieldErrors id="reach-error" errors={errors.reach} />
        </fieldset>
        <div className="space-y-1">
          <Field
            label={t("systems.form.webhookUrl")}
            name="webhookUrl"
            type="url"
            autoComplete="off"
            defaultValue={initial.webhookUrl ?? ""}
            errors={errors.webhookUrl}
            hint={t("systems.form.webhookUrlHint")}
          />
        </div>
        <Choices
          legend={t("systems.form.staffOwners")}
          name="ownerIds"
          hint={t("systems.form.staffOwnersHint")}
          options={staff.map((member) => {
            const label = `${member.name} <${member.email}>`;
            return {
              value: member.id,
              label: member.disabled ? t("systems.page.disabledOwner", { name: label }) : label,
              translate: false,
            };
          })}
          checked={initial.ownerIds}
          errors={errors.ownerIds}
        />
        <TextArea
          label={t("systems.form.ownerEmails")}
          name="ownerEmails"
          hint={t("systems.form.ownerEmailsHint")}
          defaultValue={initial.ownerEmails.join("\n")}
          errors={errors.ownerEmails}
        />
        <div className="space-y-1">
          <label htmlFor="locale" className="block text-sm font-medium text-slate-800">
            {t("systems.form.language")}
          </label>
          <select
            id="locale"
            name="locale"
            defaultValue={initial.locale}
            aria-invalid={errors.locale?.length ? true : undefined}
            aria-describedby={errors.locale?.length ? "locale-error" : undefined}
            className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t(`labels.languages.${locale}`)}
              </option>
            ))}
          </select>
          <FieldErrors id="locale-error" errors={errors.locale} />
        </div>
        <div className="flex items-center gap-2">
          <input id="active" name="active" type="checkbox" defaultChecked={initial.active} />
          <label htmlFor="active" className="text-sm">
            {t("systems.form.active")}
          </label>
        </div>
        {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
        <Button type="submit" disabled={pending}>
          {pending ? t("systems.form.saving") : systemId ? t("systems.form.save") : t("systems.form.add")}
        </Button>
      </form>
      {data && <ShownOnceSecrets systemId={data.systemId} secrets={data.secrets} link={!systemId} />}
    </div>
  );
}
