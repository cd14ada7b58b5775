"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/actions/public/sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/forms/form-state";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export function SignInForm({ callbackUrl, words }: { callbackUrl?: string; words: Dictionary["signIn"] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && <Alert>{state.message}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/cases"} />
      <Field
        label={words.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        errors={state.errors?.email}
      />
      <Field
        label={words.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? words.submitting : words.submit}
      </Button>
    </form>
  );
}
