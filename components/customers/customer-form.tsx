"use client";

import { useTranslations } from "next-intl";
import type { TextareaHTMLAttributes } from "react";
import { createCustomerAction, createCustomerForCaseAction, updateCustomerAction } from "@/lib/actions/staff/customers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import { createCustomerForCaseSchema, updateCustomerSchema } from "@/lib/domain/customers/customer-forms";
import type { Locale } from "@/lib/db/generated/enums";
import { customerFieldsSchema } from "@/lib/domain/customers/customer-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { LOCALES } from "@/lib/i18n/languages";

export interface CustomerFormValues {
  name: string;
  aliases: string[];
  contactEmails: string[];
  agreementReference: string | null;
  active: boolean;
  notes: string | null;
  locale: Locale;
}

const EMPTY: CustomerFormValues = {
  name: "",
  aliases: [],
  contactEmails: [],
  agreementReference: null,
  active: true,
  notes: null,
  locale: "en",
};

function TextArea({
  label,
  name,
  hint,
  errors,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string; errors?: string[] }) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={name}
        name={name}
        rows={3}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : "", invalid ? errorId : ""].filter(Boolean).join(" ") || undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        {...props}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/**
 * A customer's registration: adding one, editing one (`customerId`, with the time it was loaded so a
 * concurrent change is not overwritten), or adding one from a case (`caseId`: it is confirmed for it).
 */
export function CustomerForm({
  initial = EMPTY,
  customerId,
  updatedAt,
  caseId,
}: {
  initial?: CustomerFormValues;
  customerId?: string;
  updatedAt?: string;
  caseId?: string;
}) {
  const [schema, submit] = customerId
    ? [updateCustomerSchema, updateCustomerAction]
    : caseId
      ? [createCustomerForCaseSchema, createCustomerForCaseAction]
      : [customerFieldsSchema, createCustomerAction];
  const { formProps, pending, ok, message, errors } = useSchemaForm(schema, submit);
  const t = useTranslations();
  const label = customerId
    ? t("customers.form.save")
    : caseId
      ? t("customers.form.addForCase")
      : t("customers.form.add");
  return (
    <form
      {...formProps}
      className="space-y-4"
      aria-label={customerId ? t("customers.form.editLabel") : t("customers.form.newTitle")}
    >
      {customerId && <input type="hidden" name="customerId" value={customerId} />}
      {updatedAt && <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />}
      {caseId && <input type="hidden" name="caseId" value={caseId} />}
      <Field
        label={t("customers.form.name")}
        name="name"
        required
        autoComplete="off"
        defaultValue={initial.name}
        errors={errors.name}
      />
      <TextArea
        label={t("customers.form.aliases")}
        name="aliases"
        hint={t("customers.form.aliasesHint")}
        defaultValue={initial.aliases.join("\n")}
        errors={errors.aliases}
      />
      <TextArea
        label={t("customers.form.contacts")}
        name="contactEmails"
        hint={t("customers.form.contactsHint")}
        required
        defaultValue={initial.contactEmails.join("\n")}
        errors={errors.contactEmails}
      />
      <div className="space-y-1">
        <label htmlFor="locale" className="block text-sm font-medium text-slate-800">
          {t("customers.form.language")}
        </label>
        <p id="locale-hint" className="text-xs text-slate-600">
          {t("customers.form.languageHint")}
        </p>
        <select
          id="locale"
          name="locale"
          defaultValue={initial.locale}
          aria-invalid={errors.locale?.length ? true : undefined}
          aria-describedby={errors.locale?.length ? "locale-hint locale-error" : "locale-hint"}
          className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`labels.languages.${locale}`)}
            </option>
          ))}
        </select>
        <FieldErrors id="locale-error" errors={errors.locale} />
      </div>
      <Field
        label={t("customers.form.agreement")}
        name="agreementReference"
        autoComplete="off"
        defaultValue={initial.agreementReference ?? ""}
        errors={errors.agreementReference}
      />
      <div className="flex items-center gap-2">
        <input id="active" name="active" type="checkbox" defaultChecked={initial.active} />
        <label htmlFor="active" className="text-sm">
          {t("customers.form.active")}
        </label>
      </div>
      <TextArea
        label={t("customers.form.notes")}
        name="notes"
        defaultValue={initial.notes ?? ""}
        errors={errors.notes}
      />
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? t("customers.form.saving") : label}
      </Button>
    </form>
  );
}
