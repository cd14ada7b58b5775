"use client";

import { useActionState, type TextareaHTMLAttributes } from "react";
import {
  createCustomerAction,
  createCustomerForCaseAction,
  updateCustomerAction,
  type CustomerFormState,
} from "@/lib/actions/staff/customers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";

export interface CustomerFormValues {
  name: string;
  aliases: string[];
  contactEmails: string[];
  agreementReference: string | null;
  active: boolean;
  notes: string | null;
}

const EMPTY: CustomerFormValues = {
  name: "",
  aliases: [],
  contactEmails: [],
  agreementReference: null,
  active: true,
  notes: null,
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
  const submit = customerId ? updateCustomerAction : caseId ? createCustomerForCaseAction : createCustomerAction;
  const [state, action, pending] = useActionState<CustomerFormState, FormData>(submit, {});
  // After a refusal, what was typed (React resets a form once its action returns).
  const typed = state.values;
  const value = (name: keyof NonNullable<typeof typed>, fallback: string) => typed?.[name] ?? fallback;
  const label = customerId ? "Save changes" : caseId ? "Add and confirm for the case" : "Add customer";
  return (
    <form action={action} className="space-y-4" noValidate aria-label={customerId ? "Edit customer" : "New customer"}>
      {customerId && <input type="hidden" name="customerId" value={customerId} />}
      {updatedAt && <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />}
      {caseId && <input type="hidden" name="caseId" value={caseId} />}
      <Field
        label="Name"
        name="name"
        required
        autoComplete="off"
        defaultValue={value("name", initial.name)}
        errors={state.errors?.name}
      />
      <TextArea
        label="Aliases"
        name="aliases"
        hint="Other names people use for it (brands, former names, the Chinese name), one per line."
        defaultValue={value("aliases", initial.aliases.join("\n"))}
        errors={state.errors?.aliases}
      />
      <TextArea
        label="Privacy contact emails"
        name="contactEmails"
        hint="Who receives requests routed to this customer: one address per line."
        required
        defaultValue={value("contactEmails", initial.contactEmails.join("\n"))}
        errors={state.errors?.contactEmails}
      />
      <Field
        label="Agreement reference"
        name="agreementReference"
        autoComplete="off"
        defaultValue={value("agreementReference", initial.agreementReference ?? "")}
        errors={state.errors?.agreementReference}
      />
      <div className="flex items-center gap-2">
        <input
          id="active"
          name="active"
          type="checkbox"
          defaultChecked={typed ? typed.active === "on" : initial.active}
        />
        <label htmlFor="active" className="text-sm">
          Active (offered to requesters and for routing)
        </label>
      </div>
      <TextArea
        label="Notes"
        name="notes"
        defaultValue={value("notes", initial.notes ?? "")}
        errors={state.errors?.notes}
      />
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </Button>
    </form>
  );
}
