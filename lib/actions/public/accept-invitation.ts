"use server";

import { headers } from "next/headers";
import { acceptInvitationSchema } from "@/lib/domain/auth/accept-invitation";
import { publicFormAction } from "@/lib/forms/form-action";
import { clientAddress } from "@/lib/http/client-address";
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
    return "Your password is set. Sign in with your email address and the new password.";
  },
  secretFields: ["password", "confirmPassword"],
});
