"use server";

import { headers } from "next/headers";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { clientAddress } from "@/lib/http/client-address";
import { acceptInvitation } from "@/lib/server/users/accept-invitation";

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const requestHeaders = await headers();
    await acceptInvitation(
      {
        token: formData.get("token"),
        password: formData.get("password"),
        confirmPassword: formData.get("confirmPassword"),
      },
      new Date(),
      { ip: clientAddress(requestHeaders), userAgent: requestHeaders.get("user-agent") ?? undefined },
    );
    return "Your password is set. Sign in with your email address and the new password.";
  });
}
