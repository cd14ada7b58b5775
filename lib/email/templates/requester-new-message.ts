import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** Tells the requester there is a message on their status page (the message itself stays there). */
export const requesterNewMessage = defineTemplate({
  name: "requester-new-message",
  label: "New message on the status page",
  audience: "Requester",
  payload: z.object({ reference: z.string(), answerNeeded: z.boolean() }),
  placeholders: ["reference"],
  sample: { reference: SAMPLE_REFERENCE, answerNeeded: true },
  en: ({ reference, answerNeeded }, { appUrl }) => ({
    subject: `New message about your request ${reference}`,
    paragraphs: [
      `We left you a message about your request ${reference}. Open the private link we sent you to read it${answerNeeded ? " and answer. Until you answer, the time limit is paused" : ""}.`,
      `Lost the link? Get a new one at ${appUrl}/status`,
    ],
  }),
  zh: ({ reference, answerNeeded }, { appUrl }) => ({
    subject: `关于您的请求 ${reference} 的新消息`,
    paragraphs: [
      `我们就您的请求 ${reference} 给您留了一条消息。请打开我们之前发给您的私人链接查看${answerNeeded ? "并答复。在您答复之前，处理期限暂停计算" : ""}。`,
      `找不到链接？请在此获取新链接：${appUrl}/status`,
    ],
  }),
});
