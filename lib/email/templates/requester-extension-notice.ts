import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** The extension notice: the reasons and the new due date (GDPR art. 12(3): before the original date). */
export const requesterExtensionNotice = defineTemplate({
  name: "requester-extension-notice",
  payload: z.object({ reference: z.string(), newDueDate: z.string(), reason: z.string() }),
  render({ reference, newDueDate, reason }, { appUrl, locale }) {
    if (locale === "zh") {
      return plainEmail(
        `您的请求 ${reference} 的答复期限已延长`,
        [`我们需要更多时间处理您的请求 ${reference}。`, `原因：${reason}`, `新的答复期限为 ${newDueDate}。`],
        appUrl,
      );
    }
    return plainEmail(
      `More time is needed for your request ${reference}`,
      [
        `We need more time to answer your request ${reference}.`,
        `The reason: ${reason}`,
        `We will answer by ${newDueDate} at the latest.`,
      ],
      appUrl,
    );
  },
});
