"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import type { FormState } from "@/lib/forms/form-state";
import { signInSchema } from "@/lib/server/auth/authenticate-staff";

const MESSAGES: Record<string, string> = {
  rate_limited: "Too many failed sign-in attempts. Try again later.",
  disabled: "This account is disabled. Ask an administrator.",
  invalid: "The email or password is not correct.",
};

function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/cases";
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? "invalid";
      return { message: MESSAGES[code] ?? MESSAGES.invalid };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
