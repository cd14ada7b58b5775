"use server";

import { resendVerificationSchema, verifyCodeSchema, verifyLinkSchema } from "@/lib/domain/intake/verification";
import { publicFormAction } from "@/lib/forms/form-action";
import { resendVerification } from "@/lib/server/intake/resend-verification";
import { verifyByCode, verifyByLink } from "@/lib/server/intake/verify-email";

/** The button on the page the email's link opens (a link scanner's visit alone changes nothing). */
export const verifyLinkAction = publicFormAction({
  schema: verifyLinkSchema,
  run: async (input) => {
    await verifyByLink(input);
    return "verified";
  },
});

/** The typed code; wrong codes are counted and capped by the use-case. */
export const verifyCodeAction = publicFormAction({
  schema: verifyCodeSchema,
  run: async (input) => {
    await verifyByCode(input);
    return "verified";
  },
});

export const resendAction = publicFormAction({
  schema: resendVerificationSchema,
  run: async (input) => {
    await resendVerification(input);
    return "resent";
  },
});
