"use server";

import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { resendVerification } from "@/lib/server/intake/resend-verification";
import { verifyByCode, verifyByLink } from "@/lib/server/intake/verify-email";

export async function verifyLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    await verifyByLink({ token: formData.get("token") });
    return "verified";
  });
}

export async function verifyCodeAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    await verifyByCode({ caseId: formData.get("request"), code: formData.get("code") });
    return "verified";
  });
}

export async function resendAction(_: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    await resendVerification({ caseId: formData.get("request") });
    return "resent";
  });
}
