import { z } from "zod";

/**
 * Confirming a request's email address (the verification page's forms and the use-cases' parse). Field
 * errors are message keys the page translates; the link's token is never typed, so its refusal is a sentence.
 */
export const INVALID_VERIFICATION_LINK = "verification_link_invalid";

export const verifyLinkSchema = z.object({
  token: z
    .string({ error: INVALID_VERIFICATION_LINK })
    .min(20, INVALID_VERIFICATION_LINK)
    .max(100, INVALID_VERIFICATION_LINK),
});

const caseId = z.string({ error: "unknown_request" }).uuid("unknown_request");

/** The 6-digit code typed on the page, for the request it was sent for. */
export const verifyCodeSchema = z.object({
  caseId,
  code: z
    .string({ error: "code_format" })
    .trim()
    .regex(/^\d{6}$/, "code_format"),
});

/** A new link and code for the request. */
export const resendVerificationSchema = z.object({ caseId });
