import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** Tells the requester there is a message on their status page (the message itself stays there). */
export const requesterNewMessage = defineTemplate({
  name: "requester-new-message",
  label: (t) => t("emails.requesterNewMessage.label"),
  audience: "Requester",
  payload: z.object({ reference: z.string(), answerNeeded: z.boolean() }),
  placeholders: ["reference"],
  sample: { reference: SAMPLE_REFERENCE, answerNeeded: true },
  write: ({ reference, answerNeeded }, { t, appUrl }) => ({
    subject: t("emails.requesterNewMessage.subject", { reference }),
    paragraphs: [
      answerNeeded
        ? t("emails.requesterNewMessage.bodyAnswerNeeded", { reference })
        : t("emails.requesterNewMessage.body", { reference }),
      t("emails.requesterNewMessage.lostLink", { url: `${appUrl}/status` }),
    ],
  }),
});
