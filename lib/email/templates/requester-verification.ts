import { z } from "zod";
import { SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

const verifyLink = (appUrl: string, token: string) => `${appUrl}/verify?token=${encodeURIComponent(token)}`;

/** Confirms the requester's address: a link and a 6-digit code, either works, for 24 hours. */
export const requesterVerification = defineTemplate({
  name: "requester-verification",
  label: (t) => t("emails.requesterVerification.label"),
  audience: "Requester",
  payload: z.object({ token: z.string().min(20), code: z.string().regex(/^\d{6}$/) }),
  secretFields: ["token", "code"],
  sample: { token: SAMPLE_TOKEN, code: "123456" },
  write: ({ token, code }, { t, appUrl }) => ({
    subject: t("emails.requesterVerification.subject"),
    paragraphs: [
      t("emails.requesterVerification.intro"),
      verifyLink(appUrl, token),
      t("emails.requesterVerification.code", { code }),
      t("emails.requesterVerification.expiry"),
    ],
  }),
});
