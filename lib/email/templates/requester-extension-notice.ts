import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** The extension notice: the reasons and the new due date (GDPR art. 12(3): before the original date). */
export const requesterExtensionNotice = defineTemplate({
  name: "requester-extension-notice",
  label: (t) => t("emails.requesterExtensionNotice.label"),
  audience: "Requester",
  payload: z.object({ reference: z.string(), newDueDate: z.string(), reason: z.string() }),
  placeholders: ["reference", "newDueDate", "reason"],
  sample: {
    reference: SAMPLE_REFERENCE,
    newDueDate: "2027-02-18",
    reason: "Your request covers several systems and takes longer to collect.",
  },
  write: ({ reference, newDueDate, reason }, { t }) => ({
    subject: t("emails.requesterExtensionNotice.subject", { reference }),
    paragraphs: [
      t("emails.requesterExtensionNotice.body", { reference }),
      t("emails.requesterExtensionNotice.reason", { reason }),
      t("emails.requesterExtensionNotice.newDueDate", { newDueDate }),
    ],
  }),
});
