"use server";

import { headers } from "next/headers";
import { acceptInvitationSchema } from "@/lib/domain/auth/accept-invitation";
import { publicFormAction } from "@/lib/forms/form-action";
import { clientAddress } from "@/lib/http/client-address";
import { requestLocale } from "@/lib/i18n/locale";
import { acceptInvitation } from "@/lib/server/users/accept-invitation";

/**
 * The invited person sets their password; the invitation's token is the credential (it works once). The
 * passwords are never sent back.
 */
export const acceptInvitationAction = publicFormAction({
  schema: acceptInvitationSchema,
  run: async (input) => {
    const requestHeaders = await headers();
    await acceptInvitation(input, new Date(), {
      ip: clientAddress(requestHeaders),
      userAgent: requestHeaders.get("user-agent") ?? undefined,
    });
    // The page before sign-in is in the visitor's language: so is its answer.
    return (await requestLocale()).t("invitation.done");
  },
  secretFields: ["password", "confirmPassword"],
});
