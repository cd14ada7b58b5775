"use client";

import type { TextareaHTMLAttributes } from "react";
import { createCustomerAction, createCustomerForCaseAction, updateCustomerAction } from "@/lib/actions/staff/customers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import { createCustomerForCaseSchema, updateCustomerSchema } from "@/lib/domain/customers/customer-forms";
import type { Locale } from "@/lib/db/generated/enums";
import { CUSTOMER_LANGUAGE_LABELS, customerFieldsSchema } from "@/lib/domain/customers/customer-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

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
  const label = customerId ? "Save changes" : caseId ? "Add and confirm for the case" : "Add customer";
  return (
    <form {...formProps} className="space-y-4" aria-label={customerId ? "Edit customer" : "New customer"}>
      {customerId && <input type="hidden" name="customerId" value={customerId} />}
      {updatedAt && <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />}
      {caseId && <input type="hidden" name="caseId" value={caseId} />}
      <Field label="Name" name="name" required autoComplete="off" defaultValue={initial.name} errors={errors.name} />
      <TextArea
        label="Aliases"
        name="aliases"
        hint="Other names people use for it (brands, former names, the Chinese name), one per line."
        defaultValue={initial.aliases.join("\n")}
        errors={errors.aliases}
      />
      <TextArea
        label="Privacy contact emails"
        name="contactEmails"
        hint="Who receives requests routed to this customer: one address per line."
        required
        defaultValue={initial.contactEmails.join("\n")}
        errors={errors.contactEmails}
      />
      <div className="space-y-1">
        <label htmlFor="locale" className="block text-sm font-medium text-slate-800">
          Language of emails to the contacts
        </label>
        <p id="locale-hint" className="text-xs text-slate-600">
          Routed requests and their reminders are written to the privacy contacts in this language.
        </p>
        <select
          id="locale"
          name="locale"
          defaultValue={initial.locale}
          aria-invalid={errors.locale?.length ? true : undefined}
          aria-describedby={errors.locale?.length ? "locale-hint locale-error" : "locale-hint"}
          className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-invalid:border-red-600"
        >
          {(Object.keys(CUSTOMER_LANGUAGE_LABELS) as Locale[]).map((locale) => (
            <option key={locale} value={locale}>
              {CUSTOMER_LANGUAGE_LABELS[locale]}
            </option>
          ))}
        </select>
        <FieldErrors id="locale-error" errors={errors.locale} />
      </div>
      <Field
        label="Agreement reference"
        name="agreementReference"
        autoComplete="off"
        defaultValue={initial.agreementReference ?? ""}
        errors={errors.agreementReference}
      />
      <div className="flex items-center gap-2">
        <input id="active" name="active" type="checkbox" defaultChecked={initial.active} />
        <label htmlFor="active" className="text-sm">
          Active (offered to requesters and for routing)
        </label>
      </div>
      <TextArea label="Notes" name="notes" defaultValue={initial.notes ?? ""} errors={errors.notes} />
      {message && <Alert tone={ok ? "success" : "error"}>{message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </Button>
    </form>
  );
}
