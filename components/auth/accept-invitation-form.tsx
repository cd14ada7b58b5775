"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/lib/actions/public/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { acceptInvitationSchema } from "@/lib/domain/auth/accept-invitation";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

export function AcceptInvitationForm({ token, email, minLength }: { token: string; email: string; minLength: number }) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(acceptInvitationSchema, acceptInvitationAction);
  if (ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{message}</Alert>
        <Link href="/sign-in" className="inline-block text-blue-700 underline">
          {t("invitation.signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-4">
      {message && <Alert>{message}</Alert>}
      <input type="hidden" name="token" value={token} />
      {/* Shown read-only so password managers store the new password under the right account. */}
      <Field label={t("invitation.email")} name="email" type="email" autoComplete="username" value={email} readOnly />
      <Field
        label={t("invitation.password", { min: minLength })}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        errors={errors.password}
      />
      <Field
        label={t("invitation.repeat")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("invitation.submitting") : t("invitation.submit")}
      </Button>
    </form>
  );
}
