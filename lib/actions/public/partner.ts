"use server";

import { revalidatePath } from "next/cache";
import { respondToRoutingSchema, revealRoutingRequesterSchema } from "@/lib/domain/routing/routing-response";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { publicFormAction } from "@/lib/forms/form-action";
import { requestLocale } from "@/lib/i18n/locale";
import { translateIfKnown } from "@/lib/i18n/translator";
import { respondToRouting } from "@/lib/server/routing/respond-to-routing";
import { revealRoutingRequester } from "@/lib/server/routing/reveal-routing-requester";

/**
 * A dead link or an answer that no longer applies, as one clear sentence in the customer's language
 * (nothing was recorded; the page replaces the form with it). Field errors stay keys the form translates.
 */
function inTheirWords(error: unknown): unknown {
  if (isAppError(error) && !error.fieldErrors && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) {
    return new AppError(error.code, error.code === "NOT_FOUND" ? "partner.linkGone" : "partner.notRecorded");
  }
  return error;
}

/** The customer's answer through their link; the token is the only credential. */
export const respondToRoutingAction = publicFormAction({
  schema: respondToRoutingSchema,
  run: async (input) => {
    const { state } = await respondToRouting(input).catch((error: unknown) => {
      throw inTheirWords(error);
    });
    revalidatePath(`/partner/${input.token}`);
    return translateIfKnown((await requestLocale()).t, `partner.done.${state}`, state);
  },
});

/** The requester's name and email, on the contact's request (audited by the use-case): what the form shows. */
export const revealRequesterAction = publicFormAction({
  schema: revealRoutingRequesterSchema,
  run: async (input) => {
    const requester = await revealRoutingRequester(input).catch((error: unknown) => {
      throw inTheirWords(error);
    });
    return `${requester.name} · ${requester.email}`;
  },
});
