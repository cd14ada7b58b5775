"use client";

import { signInAction } from "@/lib/actions/public/sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInFormSchema } from "@/lib/domain/auth/sign-in";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { translateErrors, type Dictionary } from "@/lib/i18n/dictionaries";

export function SignInForm({ callbackUrl, t }: { callbackUrl?: string; t: Dictionary }) {
  const { formProps, pending, message, errors } = useSchemaForm(signInFormSchema, signInAction);
  const words = t.signIn;
  return (
    <form {...formProps} className="space-y-4">
      {message && <Alert>{message}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/cases"} />
      <Field
        label={words.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        errors={translateErrors(t, errors.email)}
      />
      <Field
        label={words.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={translateErrors(t, errors.password)}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? words.submitting : words.submit}
      </Button>
    </form>
  );
}
