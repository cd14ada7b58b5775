"use client";

import { useTranslations } from "next-intl";
import { retryEmailAction } from "@/lib/actions/staff/email-settings";
import { Button } from "@/components/ui/button";
import { retryEmailSchema } from "@/lib/domain/settings/email-delivery";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

export function RetryEmailButton({ outboxId }: { outboxId: string }) {
  const t = useTranslations();
  const { formProps, pending, message, errors } = useSchemaForm(retryEmailSchema, retryEmailAction);
  const text = message ?? errors.outboxId?.[0];
  return (
    <form {...formProps} className="inline">
      <input type="hidden" name="outboxId" value={outboxId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("emails.delivery.retry")}
      </Button>
      {text && (
        <span className="ml-2 text-xs" role="status">
          {text}
        </span>
      )}
    </form>
  );
}
