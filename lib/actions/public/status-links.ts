"use server";

import { headers } from "next/headers";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-address";
import { sendStatusLinks } from "@/lib/server/status/send-status-links";

export async function sendStatusLinksAction(_: FormState, formData: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  return runFormAction(async () => {
    await sendStatusLinks({ email: formData.get("email") }, ip);
    return undefined;
  });
}
