import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** The extension notice: the reasons and the new due date (GDPR art. 12(3): before the original date). */
export const requesterExtensionNotice = defineTemplate({
  name: "requester-extension-notice",
  label: "Deadline extended",
  audience: "Requester",
  payload: z.object({ reference: z.string(), newDueDate: z.string(), reason: z.string() }),
  placeholders: ["reference", "newDueDate", "reason"],
  sample: {
    reference: SAMPLE_REFERENCE,
    newDueDate: "2027-02-18",
    reason: "Your request covers several systems and takes longer to collect.",
  },
  en: ({ reference, newDueDate, reason }) => ({
    subject: `More time is needed for your request ${reference}`,
    paragraphs: [
      `We need more time to answer your request ${reference}.`,
      `The reason: ${reason}`,
      `We will answer by ${newDueDate} at the latest.`,
    ],
  }),
  zh: ({ reference, newDueDate, reason }) => ({
    subject: `您的请求 ${reference} 的答复期限已延长`,
    paragraphs: [`我们需要更多时间处理您的请求 ${reference}。`, `原因：${reason}`, `新的答复期限为 ${newDueDate}。`],
  }),
});
