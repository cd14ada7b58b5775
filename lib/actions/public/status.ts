"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { filesFromFormData } from "@/lib/forms/files-from-form-data";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { replyAsRequester } from "@/lib/server/status/reply-as-requester";
import { stopStatusLink } from "@/lib/server/status/stop-status-link";
import { withdrawRequest } from "@/lib/server/status/withdraw-request";

export async function replyAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  if (typeof token !== "string") return { message: "This link is not valid." };
  return runFormAction(async () => {
    await replyAsRequester({ token, body: formData.get("body") }, await filesFromFormData(formData));
    revalidatePath(`/status/${token}`);
    return "replied";
  });
}

export async function withdrawAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  if (typeof token !== "string") return { message: "This link is not valid." };
  return runFormAction(async () => {
    await withdrawRequest({ token, confirm: formData.get("confirm") === "yes" || undefined });
    revalidatePath(`/status/${token}`);
    return "withdrawn";
  });
}

/** "Stop this link working": revoked, then off to /status, which says so and offers a new link. */
export async function stopLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  if (typeof token !== "string") return { message: "This link is not valid." };
  const state = await runFormAction(async () => {
    await stopStatusLink({ token, confirm: formData.get("confirm") === "yes" || undefined });
    return "stopped";
  });
  if (state.ok) redirect("/status?stopped=1");
  return state;
}
