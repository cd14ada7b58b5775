import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE, SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/**
 * To a cloud customer's privacy contact: a data-subject request about data they control reached us as
 * their processor. The details sit behind the secure link (removed from the outbox once sent). Written in
 * the customer's language.
 */
export const customerRoutedRequest = defineTemplate({
  name: "customer-routed-request",
  label: "Routed request (to the customer)",
  audience: "Customer",
  payload: z.object({ reference: z.string(), customerName: z.string(), token: z.string(), expiresAt: z.string() }),
  secretFields: ["token"],
  placeholders: ["reference", "customerName", "expiresAt"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, token: SAMPLE_TOKEN, expiresAt: "2026-12-18" },
  en: ({ reference, customerName, token, expiresAt }, { appUrl }) => ({
    subject: `Data-subject request ${reference} for ${customerName}`,
    paragraphs: [
      `We process personal data on behalf of ${customerName}. A person asked us to act on their rights over data that ${customerName} controls, so we pass the request to you to decide on it (our privacy policy, section 6.4).`,
      `Open the request (link valid until ${expiresAt.slice(0, 10)}): ${appUrl}/partner/${token}`,
      "On that page you can acknowledge it, report the outcome, or tell us it is not your data subject or not your customer. We will help with anything you need from our side.",
    ],
  }),
  zh: ({ reference, customerName, token, expiresAt }, { appUrl }) => ({
    subject: `${customerName} 的个人信息主体请求 ${reference}`,
    paragraphs: [
      `我们代表 ${customerName} 处理个人信息。有一位个人请求我们就由 ${customerName} 控制的数据行使其权利，因此我们将该请求转交给您，由您作出决定（见我们的隐私政策第 6.4 节）。`,
      `查看该请求（链接有效期至 ${expiresAt.slice(0, 10)}）：${appUrl}/partner/${token}`,
      "在该页面上，您可以确认收到请求、告知处理结果，或告诉我们此人不是您的个人信息主体或并非您的客户。如需我们协助，请随时告诉我们。",
    ],
  }),
});
