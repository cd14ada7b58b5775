"use server";

import { headers } from "next/headers";
import { isAppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { sendStatusLinks } from "@/lib/server/status/send-status-links";

export async function sendStatusLinksAction(_: FormState, formData: FormData): Promise<FormState> {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || "web";
  try {
    await sendStatusLinks({ email: formData.get("email") }, ip);
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { message: error.fieldErrors ? undefined : error.message, errors: error.fieldErrors };
    throw error;
  }
}
