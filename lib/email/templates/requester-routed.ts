import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * The requester's request went to the business customer who controls the data: they decide on it,
 * and this is how to reach them (policy 6.4).
 */
export const requesterRouted = defineTemplate({
  name: "requester-routed",
  label: "Request passed to the business customer",
  audience: "Requester",
  payload: z.object({ reference: z.string(), customerName: z.string(), customerContacts: z.array(z.string()) }),
  placeholders: ["reference", "customerName"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, customerContacts: ["privacy@example.com"] },
  en: ({ reference, customerName, customerContacts }, { appUrl }) => {
    const contacts = customerContacts.join(", ");
    return {
      subject: `Your request ${reference} was passed to ${customerName}`,
      paragraphs: [
        `The data your request ${reference} is about is controlled by our business customer ${customerName}; we only process it for them. We delivered your request to ${customerName}, who decides on it.`,
        contacts ? `You can reach ${customerName} at ${contacts}.` : `You can contact ${customerName} directly.`,
        `We keep your status page up to date: ${appUrl}/status`,
      ],
    };
  },
  zh: ({ reference, customerName, customerContacts }, { appUrl }) => {
    const contacts = customerContacts.join(", ");
    return {
      subject: `您的请求 ${reference} 已转交 ${customerName}`,
      paragraphs: [
        `您的请求 ${reference} 涉及的个人信息由我们的企业客户 ${customerName} 决定处理方式；我们仅代表其处理这些数据。我们已将您的请求转交给 ${customerName}，由其作出决定。`,
        contacts ? `您可以通过以下方式联系 ${customerName}：${contacts}` : `您可以直接联系 ${customerName}。`,
        `我们会在状态页面上更新进展：${appUrl}/status`,
      ],
    };
  },
});
