"use client";

import { updateOrganizationSettingsAction } from "@/lib/actions/staff/organization-settings";
import { Field } from "@/components/ui/field";
import { SaveFooter } from "@/components/ui/save-footer";
import { organizationSettingsSchema } from "@/lib/domain/settings/organization-settings";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

interface Values {
  senderName: string;
  senderEmail: string;
  supervisoryAuthority: string;
  complaintContact: string;
}

export function OrganizationForm({ values, mailFromAddress }: { values: Values; mailFromAddress: string }) {
  const { formProps, pending, ok, message, errors } = useSchemaForm(
    organizationSettingsSchema,
    updateOrganizationSettingsAction,
  );
  return (
    <form {...formProps} className="grid max-w-2xl gap-4">
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-medium">Sender</legend>
        <Field
          label="Sender name"
          name="senderName"
          defaultValue={values.senderName}
          required
          maxLength={100}
          errors={errors.senderName}
        />
        <Field
          label={`Sender email address (empty: ${mailFromAddress})`}
          name="senderEmail"
          type="email"
          defaultValue={values.senderEmail}
          errors={errors.senderEmail}
        />
      </fieldset>
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-medium">Complaints (named in denial emails)</legend>
        <Field
          label="Supervisory authority responsible for the company"
          name="supervisoryAuthority"
          defaultValue={values.supervisoryAuthority}
          placeholder="Data Protection Commission (Ireland), www.dataprotection.ie"
          maxLength={500}
          errors={errors.supervisoryAuthority}
        />
        <Field
          label="Where requesters can send a complaint to the company"
          name="complaintContact"
          defaultValue={values.complaintContact}
          placeholder="Data protection officer, dpo@example.com"
          maxLength={500}
          errors={errors.complaintContact}
        />
      </fieldset>
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
