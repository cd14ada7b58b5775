"use server";

import { AuthError } from "next-auth";
import { signIn, StaffSignInError } from "@/lib/auth";
import type { FormState } from "@/lib/forms/form-state";
import { translateErrors } from "@/lib/i18n/dictionaries";
import { requestLocale } from "@/lib/i18n/locale";
import { signInRefusalMessage } from "@/lib/i18n/sign-in-texts";
import { signInSchema } from "@/lib/auth/authenticate-staff";

function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/cases";
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { locale, t } = await requestLocale();
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    const { email, password } = parsed.error.flatten().fieldErrors;
    return { errors: { email: translateErrors(t, email), password: translateErrors(t, password) } };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "invalid";
      const wait = error instanceof StaffSignInError ? error.retryAfterSeconds : undefined;
      return { message: signInRefusalMessage(locale, code, wait) };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
