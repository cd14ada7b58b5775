import { z } from "zod";
import { defineTemplate } from "./types";

/** An unconfirmed request was closed after 7 days and its details deleted. */
export const requesterExpired = defineTemplate({
  name: "requester-expired",
  label: "Unconfirmed request closed",
  audience: "Requester",
  payload: z.object({}),
  sample: {},
  en: (_payload, { appUrl }) => ({
    subject: "Your unconfirmed request was closed",
    paragraphs: [
      "The request about personal data sent from this address was not confirmed within 7 days, so it was closed and its details deleted.",
      `If you still want to make it, please submit it again: ${appUrl}`,
    ],
  }),
  zh: (_payload, { appUrl }) => ({
    subject: "您的请求未经确认，已关闭",
    paragraphs: [
      "您提交的关于个人信息的请求在 7 天内未确认电子邮件地址，因此已关闭，其内容已被删除。",
      `如仍需提交，请重新提交：${appUrl}`,
    ],
  }),
});
