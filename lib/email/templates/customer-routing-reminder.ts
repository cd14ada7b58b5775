import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * A reminder to the customer: the routed request is still not acknowledged (the link is in the first
 * email). Written in the customer's language.
 */
export const customerRoutingReminder = defineTemplate({
  name: "customer-routing-reminder",
  label: "Routing reminder (to the customer)",
  audience: "Customer",
  payload: z.object({ reference: z.string(), customerName: z.string(), sentOn: z.string() }),
  placeholders: ["reference", "customerName", "sentOn"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, sentOn: "2026-11-16" },
  en: ({ reference, customerName, sentOn }) => ({
    subject: `Reminder: data-subject request ${reference} awaits ${customerName}`,
    paragraphs: [
      `On ${sentOn} we passed you a data-subject request (${reference}) about data ${customerName} controls. It has not been acknowledged yet.`,
      "Please open the link in our first email and acknowledge the request, report its outcome, or decline it. If the link is lost or expired, reply to this email and we will send a new one.",
    ],
  }),
  zh: ({ reference, customerName, sentOn }) => ({
    subject: `提醒：个人信息主体请求 ${reference} 仍待 ${customerName} 处理`,
    paragraphs: [
      `我们已于 ${sentOn} 向您转交一项个人信息主体请求（${reference}），涉及由 ${customerName} 控制的数据。该请求目前尚未得到确认。`,
      "请打开我们第一封邮件中的链接，确认收到该请求、告知处理结果或拒绝该请求。如果链接已丢失或已过期，请回复本邮件，我们会重新发送一个链接。",
    ],
  }),
});
