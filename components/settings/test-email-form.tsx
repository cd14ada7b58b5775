"use client";

import { useTranslations } from "next-intl";
import { sendTestEmailAction } from "@/lib/actions/staff/email-settings";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { sendTestEmailSchema } from "@/lib/domain/settings/email-delivery";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { htmlLang, LANGUAGE_OPTIONS } from "@/lib/i18n/languages";

export function TestEmailForm() {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(sendTestEmailSchema, sendTestEmailAction);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <div className="min-w-72 flex-1">
        <Field label={t("settings.testEmail.to")} name="to" type="email" required errors={errors.to} />
      </div>
      <div className="space-y-1">
        <label htmlFor="locale" className="block text-sm font-medium">
          {t("settings.testEmail.language")}
        </label>
        <select id="locale" name="locale" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          {LANGUAGE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value} lang={htmlLang(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {t("settings.testEmail.submit")}
      </Button>
      {message && (
        <div className="basis-full">
          <Alert tone={ok ? "success" : "error"}>{message}</Alert>
        </div>
      )}
    </form>
  );
}
