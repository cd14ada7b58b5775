"use client";

import { useTranslations } from "next-intl";
import { sendStatusLinksAction } from "@/lib/actions/public/status-links";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { statusLinksSchema } from "@/lib/domain/status/status-links";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

export function StatusLinksForm() {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(statusLinksSchema, sendStatusLinksAction);
  if (ok) return <Alert tone="success">{t("statusLinks.sent")}</Alert>;
  return (
    <form {...formProps} className="space-y-4">
      {message && <Alert>{message}</Alert>}
      <Field label={t("form.email")} name="email" type="email" autoComplete="email" errors={errors.email} />
      <Button type="submit" disabled={pending}>
        {t("statusLinks.button")}
      </Button>
    </form>
  );
}
