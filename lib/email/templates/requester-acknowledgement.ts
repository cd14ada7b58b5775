import { z } from "zod";
import { SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** Tells the requester their request arrived: reference, what happens next, the due date. */
export const requesterAcknowledgement = defineTemplate({
  name: "requester-acknowledgement",
  label: "Request received (acknowledgement)",
  audience: "Requester",
  payload: z.object({ reference: z.string(), dueDate: z.string(), statusToken: z.string().min(20) }),
  secretFields: ["statusToken"],
  placeholders: ["reference", "dueDate"],
  sample: { reference: SAMPLE_REFERENCE, dueDate: "2026-12-18", statusToken: SAMPLE_TOKEN },
  en: ({ reference, dueDate, statusToken }, { appUrl }) => ({
    subject: `We received your request ${reference}`,
    paragraphs: [
      `We received your request about your personal data. Its reference is ${reference}.`,
      `We will answer by ${dueDate}. If we need to confirm your identity or need more information, we will contact you.`,
      `Follow your request, answer our questions or withdraw it at this private link (do not share it): ${appUrl}/status/${statusToken}`,
    ],
  }),
  zh: ({ reference, dueDate, statusToken }, { appUrl }) => ({
    subject: `我们已收到您的请求 ${reference}`,
    paragraphs: [
      `我们已收到您关于个人信息的请求，编号为 ${reference}。`,
      `我们将在 ${dueDate} 之前答复您。如需核实您的身份或补充信息，我们会与您联系。`,
      `您可以通过此私人链接随时查看进度、回复我们或撤回请求（请勿转发）：${appUrl}/status/${statusToken}`,
    ],
  }),
});
