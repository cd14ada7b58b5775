"use server";

import { resendVerificationSchema, verifyCodeSchema, verifyLinkSchema } from "@/lib/domain/intake/verification";
import { publicFormAction } from "@/lib/forms/form-action";
import { resendVerification } from "@/lib/server/intake/resend-verification";
import { verifyByCode, verifyByLink, type Confirmation } from "@/lib/server/intake/verify-email";

/** The button on the page the email's link opens (a link scanner's visit alone changes nothing). */
export const verifyLinkAction = publicFormAction<typeof verifyLinkSchema, Confirmation | undefined>({
  schema: verifyLinkSchema,
  run: async (input) => ({ message: "verified", data: (await verifyByLink(input)).confirmation }),
});

/** The typed code; wrong codes are counted and capped by the use-case. */
export const verifyCodeAction = publicFormAction<typeof verifyCodeSchema, Confirmation | undefined>({
  schema: verifyCodeSchema,
  run: async (input) => ({ message: "verified", data: (await verifyByCode(input)).confirmation }),
});

export const resendAction = publicFormAction({
  schema: resendVerificationSchema,
  run: async (input) => {
    await resendVerification(input);
    return "resent";
  },
});
