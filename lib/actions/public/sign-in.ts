"use server";

import { AuthError } from "next-auth";
import { signIn, StaffSignInError } from "@/lib/auth";
import { signInFormSchema } from "@/lib/domain/auth/sign-in";
import { AppError } from "@/lib/errors/app-error";
import { publicFormAction } from "@/lib/forms/form-action";
import { requestLocale } from "@/lib/i18n/locale";
import { formatWait } from "@/lib/i18n/sign-in-texts";

function safeReturnPath(path = ""): string {
  return path.startsWith("/") && !path.startsWith("//") ? path : "/cases";
}

/**
 * Staff sign-in through Auth.js (its credentials provider checks the password and the per-address delay).
 * Success redirects; a refusal is one sentence in the page's language. The password is never sent back.
 */
export const signInAction = publicFormAction({
  schema: signInFormSchema,
  run: async ({ callbackUrl, ...credentials }) => {
    try {
      await signIn("credentials", { ...credentials, redirectTo: safeReturnPath(callbackUrl) });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // the redirect after a successful sign-in
      const code = (error as AuthError & { code?: string }).code ?? "invalid";
      const wait = error instanceof StaffSignInError ? error.retryAfterSeconds : undefined;
      const { locale } = await requestLocale();
      // The form action words it in the same language (the visitor's): the wait is formatted in it.
      if (code === "rate_limited") {
        throw new AppError("UNAUTHENTICATED", "signIn.rateLimited", undefined, {
          wait: formatWait(locale, wait ?? 60),
        });
      }
      throw new AppError("UNAUTHENTICATED", code === "disabled" ? "signIn.disabled" : "signIn.invalid");
    }
  },
  secretFields: ["password"],
});
