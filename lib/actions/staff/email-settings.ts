"use server";

import { revalidatePath } from "next/cache";
import { retryEmailSchema, sendTestEmailSchema } from "@/lib/domain/settings/email-delivery";
import { staffFormAction } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { retryFailedEmail } from "@/lib/server/email/retry-failed-email";
import { sendTestEmail } from "@/lib/server/email/send-test-email";

export const sendTestEmailAction = staffFormAction("mail:send-test", {
  schema: sendTestEmailSchema,
  run: async (email, { actor }) => {
    await sendTestEmail(email, actor);
    revalidatePath("/settings/email");
    return translatorFor(actor.locale)("emails.delivery.testQueued");
  },
});

export const retryEmailAction = staffFormAction("outbox:manage", {
  schema: retryEmailSchema,
  run: async (email, { actor }) => {
    await retryFailedEmail(email, actor);
    revalidatePath("/settings/email");
    return translatorFor(actor.locale)("emails.delivery.retried");
  },
});
