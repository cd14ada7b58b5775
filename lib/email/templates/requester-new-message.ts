import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** Tells the requester there is a message on their status page (the message itself stays there). */
export const requesterNewMessage = defineTemplate({
  name: "requester-new-message",
  payload: z.object({ reference: z.string(), answerNeeded: z.boolean() }),
  render({ reference, answerNeeded }, { appUrl, locale }) {
    if (locale === "zh") {
      return plainEmail(
        `关于您的请求 ${reference} 的新消息`,
        [
          `我们就您的请求 ${reference} 给您留了一条消息。请打开我们之前发给您的私人链接查看${answerNeeded ? "并答复。在您答复之前，处理期限暂停计算" : ""}。`,
          `找不到链接？请在此获取新链接：${appUrl}/status`,
        ],
        appUrl,
      );
    }
    return plainEmail(
      `New message about your request ${reference}`,
      [
        `We left you a message about your request ${reference}. Open the private link we sent you to read it${answerNeeded ? " and answer. Until you answer, the time limit is paused" : ""}.`,
        `Lost the link? Get a new one at ${appUrl}/status`,
      ],
      appUrl,
    );
  },
});
