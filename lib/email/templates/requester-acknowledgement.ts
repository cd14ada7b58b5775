import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** Tells the requester their request arrived: reference, what happens next, the due date. */
export const requesterAcknowledgement = defineTemplate({
  name: "requester-acknowledgement",
  payload: z.object({ reference: z.string(), dueDate: z.string(), statusToken: z.string().min(20) }),
  secretFields: ["statusToken"],
  render({ reference, dueDate, statusToken }, { appUrl, locale }) {
    const statusUrl = `${appUrl}/status/${statusToken}`;
    if (locale === "zh") {
      return plainEmail(
        `我们已收到您的请求 ${reference}`,
        [
          `我们已收到您关于个人信息的请求，编号为 ${reference}。`,
          `我们将在 ${dueDate} 之前答复您。如需核实您的身份或补充信息，我们会与您联系。`,
          `您可以通过此私人链接随时查看进度、回复我们或撤回请求（请勿转发）：${statusUrl}`,
        ],
        appUrl,
      );
    }
    return plainEmail(
      `We received your request ${reference}`,
      [
        `We received your request about your personal data. Its reference is ${reference}.`,
        `We will answer by ${dueDate}. If we need to confirm your identity or need more information, we will contact you.`,
        `Follow your request, answer our questions or withdraw it at this private link (do not share it): ${statusUrl}`,
      ],
      appUrl,
    );
  },
});
