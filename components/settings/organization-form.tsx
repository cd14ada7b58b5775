"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(
    organizationSettingsSchema,
    updateOrganizationSettingsAction,
  );
  return (
    <form {...formProps} className="grid max-w-2xl gap-4">
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-medium">{t("settings.organization.form.sender")}</legend>
        <Field
          label={t("settings.organization.form.senderName")}
          name="senderName"
          defaultValue={values.senderName}
          required
          maxLength={100}
          errors={errors.senderName}
        />
        <Field
          label={t("settings.organization.form.senderEmail", { address: mailFromAddress })}
          name="senderEmail"
          type="email"
          defaultValue={values.senderEmail}
          errors={errors.senderEmail}
        />
      </fieldset>
      <fieldset className="grid gap-3">
        <legend className="mb-1 font-medium">{t("settings.organization.form.complaints")}</legend>
        <Field
          label={t("settings.organization.form.supervisoryAuthority")}
          name="supervisoryAuthority"
          defaultValue={values.supervisoryAuthority}
          placeholder={t("settings.organization.form.supervisoryAuthorityExample")}
          maxLength={500}
          errors={errors.supervisoryAuthority}
        />
        <Field
          label={t("settings.organization.form.complaintContact")}
          name="complaintContact"
          defaultValue={values.complaintContact}
          placeholder={t("settings.organization.form.complaintContactExample")}
          maxLength={500}
          errors={errors.complaintContact}
        />
      </fieldset>
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
