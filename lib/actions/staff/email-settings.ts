"use server";

import { revalidatePath } from "next/cache";
import { retryEmailSchema, sendTestEmailSchema } from "@/lib/domain/settings/email-delivery";
import { staffFormAction } from "@/lib/forms/form-action";
import { retryFailedEmail } from "@/lib/server/email/retry-failed-email";
import { sendTestEmail } from "@/lib/server/email/send-test-email";

export const sendTestEmailAction = staffFormAction("mail:send-test", {
  schema: sendTestEmailSchema,
  run: async (email, { actor }) => {
    await sendTestEmail(email, actor);
    revalidatePath("/settings/email");
    return "Test email queued. It appears below once the worker has delivered it.";
  },
});

export const retryEmailAction = staffFormAction("outbox:manage", {
  schema: retryEmailSchema,
  run: async (email, { actor }) => {
    await retryFailedEmail(email, actor);
    revalidatePath("/settings/email");
    return "Queued again.";
  },
});
