import { z } from "zod";
import { SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** Tells the requester their request arrived: reference, what happens next, the due date. */
export const requesterAcknowledgement = defineTemplate({
  name: "requester-acknowledgement",
  label: (t) => t("emails.requesterAcknowledgement.label"),
  audience: "Requester",
  payload: z.object({ reference: z.string(), dueDate: z.string(), statusToken: z.string().min(20) }),
  secretFields: ["statusToken"],
  placeholders: ["reference", "dueDate"],
  sample: { reference: SAMPLE_REFERENCE, dueDate: "2026-12-18", statusToken: SAMPLE_TOKEN },
  write: ({ reference, dueDate, statusToken }, { t, appUrl }) => ({
    subject: t("emails.requesterAcknowledgement.subject", { reference }),
    paragraphs: [
      t("emails.requesterAcknowledgement.received", { reference }),
      t("emails.requesterAcknowledgement.dueDate", { dueDate }),
      t("emails.requesterAcknowledgement.statusLink", { url: `${appUrl}/status/${statusToken}` }),
    ],
  }),
});
