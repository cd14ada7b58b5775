import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** An unconfirmed request was closed after 7 days and its details deleted. */
export const requesterExpired = defineTemplate({
  name: "requester-expired",
  payload: z.object({}),
  render(_payload, { appUrl, locale }) {
    if (locale === "zh") {
      return plainEmail(
        "您的请求未经确认，已关闭",
        [
          "您提交的关于个人信息的请求在 7 天内未确认电子邮件地址，因此已关闭，其内容已被删除。",
          `如仍需提交，请重新提交：${appUrl}`,
        ],
        appUrl,
      );
    }
    return plainEmail(
      "Your unconfirmed request was closed",
      [
        "The request about personal data sent from this address was not confirmed within 7 days, so it was closed and its details deleted.",
        `If you still want to make it, please submit it again: ${appUrl}`,
      ],
      appUrl,
    );
  },
});
