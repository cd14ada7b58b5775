"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { retryFailedEmail } from "@/lib/server/email/retry-failed-email";
import { sendTestEmail } from "@/lib/server/email/send-test-email";

export async function sendTestEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("mail:send-test");
    await sendTestEmail({ to: formData.get("to"), locale: formData.get("locale") ?? undefined }, actor);
    revalidatePath("/settings/email");
    return "Test email queued. It appears below once the worker has delivered it.";
  });
}

export async function retryEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("outbox:manage");
    await retryFailedEmail({ outboxId: formData.get("outboxId") }, actor);
    revalidatePath("/settings/email");
    return "Queued again.";
  });
}
