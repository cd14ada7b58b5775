import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** Confirms the requester's address: a link and a 6-digit code, either works, for 24 hours. */
export const requesterVerification = defineTemplate({
  name: "requester-verification",
  payload: z.object({ token: z.string().min(20), code: z.string().regex(/^\d{6}$/) }),
  secretFields: ["token", "code"],
  render({ token, code }, { appUrl, locale }) {
    const link = `${appUrl}/verify?token=${encodeURIComponent(token)}`;
    if (locale === "zh") {
      return plainEmail(
        "请确认您的电子邮件地址",
        [
          "我们收到了一项关于个人信息的请求。请点击以下链接确认您的电子邮件地址：",
          link,
          `或在页面上输入验证码：${code}`,
          "链接和验证码在 24 小时内有效。如果不是您本人提交的请求，请忽略此邮件。",
        ],
        appUrl,
      );
    }
    return plainEmail(
      "Please confirm your email address",
      [
        "We received a request about personal data. Confirm your email address with this link:",
        link,
        `or enter this code on the page: ${code}`,
        "The link and the code work for 24 hours. If you did not make this request, ignore this email.",
      ],
      appUrl,
    );
  },
});
