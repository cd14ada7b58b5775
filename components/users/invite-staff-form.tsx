"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { inviteStaffAction } from "@/lib/actions/staff/staff-accounts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldErrors } from "@/components/ui/field-errors";
import { ROLES } from "@/lib/auth/roles";
import { inviteStaffSchema } from "@/lib/domain/users/staff-accounts";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import type { Locale } from "@/lib/i18n/languages";
import { htmlLang, LANGUAGE_OPTIONS } from "@/lib/i18n/languages";

const DEFAULT_ROLE = "ANALYST";

/** `defaultLocale`: the language the invitation is written in unless changed, the inviter's browser's. */
export function InviteStaffForm({ defaultLocale }: { defaultLocale: Locale }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors, lastResult } = useSchemaForm(inviteStaffSchema, inviteStaffAction, {
    // What the form resets to: without it the role list would be left with nothing chosen.
    defaultValue: { role: DEFAULT_ROLE, locale: defaultLocale },
  });
  // Once the invitation is sent the form empties for the next one (a refusal keeps what was typed).
  useEffect(() => {
    if (lastResult?.status === "success") (document.getElementById(formProps.id) as HTMLFormElement | null)?.reset();
  }, [lastResult, formProps.id]);
  const roleErrors = errors.role;
  return (
    <form {...formProps} className="flex flex-wrap items-start gap-3">
      <div className="min-w-64 flex-1">
        <Field
          label={t("settings.users.inviteForm.email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          errors={errors.email}
        />
      </div>
      <div className="min-w-56 flex-1">
        <Field
          label={t("settings.users.inviteForm.name")}
          name="name"
          autoComplete="off"
          required
          errors={errors.name}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">
          {t("settings.users.inviteForm.role")}
        </label>
        <select
          id="invite-role"
          name="role"
          defaultValue={DEFAULT_ROLE}
          aria-invalid={roleErrors?.length ? true : undefined}
          aria-describedby={roleErrors?.length ? "role-error" : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`labels.roles.${role}`)}
            </option>
          ))}
        </select>
        <FieldErrors id="role-error" errors={roleErrors} />
      </div>
      <div className="space-y-1">
        <label htmlFor="invite-locale" className="block text-sm font-medium text-slate-800">
          {t("settings.users.inviteForm.language")}
        </label>
        <select
          id="invite-locale"
          name="locale"
          defaultValue={defaultLocale}
          aria-invalid={errors.locale?.length ? true : undefined}
          aria-describedby={errors.locale?.length ? "locale-error" : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {LANGUAGE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value} lang={htmlLang(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
        <FieldErrors id="locale-error" errors={errors.locale} />
      </div>
      <div className="pt-6">
        <Button type="submit" disabled={pending}>
          {pending ? t("settings.users.inviteForm.submitting") : t("settings.users.inviteForm.submit")}
        </Button>
      </div>
      {message && (
        <div className="basis-full">
          <Alert tone={ok ? "success" : "error"}>{message}</Alert>
        </div>
      )}
    </form>
  );
}
