"use server";

import { revalidatePath } from "next/cache";
import { isAppError } from "@/lib/errors/app-error";
import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { requestLocale } from "@/lib/i18n/locale";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { revealRoutingRequester } from "@/lib/server/routing/reveal-routing-requester";

/**
 * A refusal in the customer's language. Field errors stay keys (the form translates them); a dead link
 * or an answer that no longer applies gets one clear sentence: nothing was recorded.
 */
async function refused(error: unknown): Promise<FormState & { gone?: boolean }> {
  if (isAppError(error) && !error.fieldErrors && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) {
    const { t } = await requestLocale();
    return { message: error.code === "NOT_FOUND" ? t.partner.linkGone : t.partner.notRecorded, gone: true };
  }
  return formStateFromError(error);
}

/** The customer's answer through their link; the token is the only credential. */
export async function respondToRoutingAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState & { gone?: boolean }> {
  const input = Object.fromEntries([...formData.entries()].filter(([key]) => !key.startsWith("$ACTION")));
  try {
    const { state } = await respondToRouting(input);
    const token = formData.get("token");
    if (typeof token === "string") revalidatePath(`/partner/${token}`);
    return { ok: true, message: (await requestLocale()).t.partner.done[state] };
  } catch (error) {
    return refused(error);
  }
}

export type RevealState = FormState & { requester?: { name: string; email: string }; gone?: boolean };

/** The requester's name and email, on the contact's request (audited by the use-case). */
export async function revealRequesterAction(_previous: RevealState, formData: FormData): Promise<RevealState> {
  try {
    return { ok: true, requester: await revealRoutingRequester({ token: formData.get("token") }) };
  } catch (error) {
    return refused(error);
  }
}
