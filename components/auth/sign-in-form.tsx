"use client";

import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/actions/public/sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInFormSchema } from "@/lib/domain/auth/sign-in";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations();
  const { formProps, pending, message, errors } = useSchemaForm(signInFormSchema, signInAction);
  return (
    <form {...formProps} className="space-y-4">
      {message && <Alert>{message}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/cases"} />
      <Field
        label={t("signIn.email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        errors={errors.email}
      />
      <Field
        label={t("signIn.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
