"use server";

import { revalidatePath } from "next/cache";
import { resendDeliverySchema } from "@/lib/domain/fulfilment/webhook-delivery";
import { staffFormAction } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { resendDelivery } from "@/lib/server/webhooks/resend-delivery";

export const resendDeliveryAction = staffFormAction("cases:work", {
  schema: resendDeliverySchema,
  run: async (value, { actor }) => {
    await resendDelivery(value, actor);
    revalidatePath("/systems", "layout");
    return translatorFor(actor.locale)("webhooks.log.sentAgain");
  },
});
