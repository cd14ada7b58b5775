"use server";

import { headers } from "next/headers";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { sendStatusLinks } from "@/lib/server/status/send-status-links";

export async function sendStatusLinksAction(_: FormState, formData: FormData): Promise<FormState> {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || "web";
  try {
    await sendStatusLinks({ email: formData.get("email") }, ip);
    return { ok: true };
  } catch (error) {
    return formStateFromError(error);
  }
}
