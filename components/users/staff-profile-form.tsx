"use client";

import { useTranslations } from "next-intl";
import { SaveFooter } from "@/components/ui/save-footer";
import { updateStaffProfileAction } from "@/lib/actions/staff/staff-profile";
import { staffProfileSchema } from "@/lib/domain/users/staff-accounts";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import type { Locale } from "@/lib/i18n/languages";
import { LANGUAGE_OPTIONS, htmlLang } from "@/lib/i18n/languages";
import { FieldErrors } from "@/components/ui/field-errors";

/** A staff member's own settings: the language of Rightsdesk and of their emails. */
export function StaffProfileForm({ locale }: { locale: Locale }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(staffProfileSchema, updateStaffProfileAction);
  return (
    <form {...formProps} className="grid max-w-md gap-4">
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("settings.profile.legend")}</legend>
        {LANGUAGE_OPTIONS.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm" lang={htmlLang(option.value)}>
            <input type="radio" name="locale" value={option.value} defaultChecked={option.value === locale} />
            {option.label}
          </label>
        ))}
        <FieldErrors id="locale-error" errors={errors.locale} />
      </fieldset>
      <SaveFooter pending={pending} ok={ok} message={message} />
    </form>
  );
}
