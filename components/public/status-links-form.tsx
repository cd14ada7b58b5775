"use client";

import { useActionState } from "react";
import { sendStatusLinksAction } from "@/lib/actions/public/status-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/forms/form-state";
import { translateErrors, type Dictionary } from "@/lib/i18n/dictionaries";

export function StatusLinksForm({ t }: { t: Dictionary }) {
  const [state, action, pending] = useActionState<FormState, FormData>(sendStatusLinksAction, {});
  if (state.ok) return <Alert tone="success">{t.statusLinks.sent}</Alert>;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && <Alert>{state.message}</Alert>}
      <Field
        label={t.form.email}
        name="email"
        type="email"
        autoComplete="email"
        errors={translateErrors(t, state.errors?.email)}
      />
      <Button type="submit" disabled={pending}>
        {t.statusLinks.button}
      </Button>
    </form>
  );
}
