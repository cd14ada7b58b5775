"use server";

import { formStateFromError, type FormState } from "@/lib/forms/form-state";
import { resendVerification } from "@/lib/server/intake/resend-verification";
import { verifyByCode, verifyByLink } from "@/lib/server/intake/verify-email";

async function attempt(work: () => Promise<unknown>, done: string): Promise<FormState> {
  try {
    await work();
    return { ok: true, message: done };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function verifyLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  return attempt(() => verifyByLink({ token: formData.get("token") }), "verified");
}

export async function verifyCodeAction(_: FormState, formData: FormData): Promise<FormState> {
  return attempt(() => verifyByCode({ caseId: formData.get("request"), code: formData.get("code") }), "verified");
}

export async function resendAction(_: FormState, formData: FormData): Promise<FormState> {
  return attempt(() => resendVerification({ caseId: formData.get("request") }), "resent");
}
