import { z } from "zod";
import { SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

const verifyLink = (appUrl: string, token: string) => `${appUrl}/verify?token=${encodeURIComponent(token)}`;

/** Confirms the requester's address: a link and a 6-digit code, either works, for 24 hours. */
export const requesterVerification = defineTemplate({
  name: "requester-verification",
  label: "Confirm your email address",
  audience: "Requester",
  payload: z.object({ token: z.string().min(20), code: z.string().regex(/^\d{6}$/) }),
  secretFields: ["token", "code"],
  sample: { token: SAMPLE_TOKEN, code: "123456" },
  en: ({ token, code }, { appUrl }) => ({
    subject: "Please confirm your email address",
    paragraphs: [
      "We received a request about personal data. Confirm your email address with this link:",
      verifyLink(appUrl, token),
      `or enter this code on the page: ${code}`,
      "The link and the code work for 24 hours. If you did not make this request, ignore this email.",
    ],
  }),
  zh: ({ token, code }, { appUrl }) => ({
    subject: "请确认您的电子邮件地址",
    paragraphs: [
      "我们收到了一项关于个人信息的请求。请点击以下链接确认您的电子邮件地址：",
      verifyLink(appUrl, token),
      `或在页面上输入验证码：${code}`,
      "链接和验证码在 24 小时内有效。如果不是您本人提交的请求，请忽略此邮件。",
    ],
  }),
});
