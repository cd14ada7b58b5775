"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { resendDeliveryAction } from "@/lib/actions/staff/webhooks";
import { resendDeliverySchema } from "@/lib/domain/fulfilment/webhook-delivery";
import { useSchemaForm } from "@/lib/forms/use-schema-form";

/** "Send again" for one delivery: the same message (same webhook-id), due now. */
/** `describedBy`: the element naming the delivery, so each row's button says which one it sends. */
export function ResendDeliveryButton({ deliveryId, describedBy }: { deliveryId: string; describedBy?: string }) {
  const { formProps, pending, ok, message, errors } = useSchemaForm(resendDeliverySchema, resendDeliveryAction);
  const t = useTranslations();
  const text = message ?? Object.values(errors).flat()[0];
  return (
    <form {...formProps} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="px-2 py-1 text-xs"
        aria-describedby={describedBy}
      >
        {t("webhooks.log.sendAgain")}
      </Button>
      {text && (
        <span role={ok ? "status" : "alert"} className={`text-xs ${ok ? "" : "text-red-700"}`}>
          {text}
        </span>
      )}
    </form>
  );
}
