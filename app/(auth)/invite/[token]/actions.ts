"use server";

import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { acceptInvitation } from "@/lib/server/users/accept-invitation";

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    await acceptInvitation({
      token: formData.get("token"),
      password: formData.get("password"),
      confirmPassword: formData.get("confirmPassword"),
    });
    return "Your password is set. Sign in with your email address and the new password.";
  });
}
