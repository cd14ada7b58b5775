import { z } from "zod";
import { SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** What the customer did with the routed request, in plain words for the requester. */
export const requesterRoutingUpdate = defineTemplate({
  name: "requester-routing-update",
  label: "News from the business customer",
  audience: "Requester",
  payload: z.object({
    reference: z.string(),
    customerName: z.string(),
    state: z.enum(["ACKNOWLEDGED", "COMPLETED_BY_CONTROLLER", "DECLINED_BY_CONTROLLER"]),
  }),
  placeholders: ["reference", "customerName"],
  sample: { reference: SAMPLE_REFERENCE, customerName: SAMPLE_CUSTOMER, state: "ACKNOWLEDGED" },
  en: ({ reference, customerName, state }, { appUrl }) => ({
    subject: `News about your request ${reference}`,
    paragraphs: [
      {
        ACKNOWLEDGED: `${customerName} acknowledged your request ${reference} and will decide on it.`,
        COMPLETED_BY_CONTROLLER: `${customerName} told us they completed your request ${reference}.`,
        DECLINED_BY_CONTROLLER: `${customerName} told us the request is not theirs to answer. We keep working on your request ${reference} and will tell you the outcome.`,
      }[state],
      `Your status page: ${appUrl}/status`,
    ],
  }),
  zh: ({ reference, customerName, state }, { appUrl }) => ({
    subject: `关于您的请求 ${reference} 的进展`,
    paragraphs: [
      {
        ACKNOWLEDGED: `${customerName} 已确认收到您的请求 ${reference}，并将作出决定。`,
        COMPLETED_BY_CONTROLLER: `${customerName} 告知我们，已处理完您的请求 ${reference}。`,
        DECLINED_BY_CONTROLLER: `${customerName} 表示该请求不属于其处理范围。我们将继续处理您的请求 ${reference}，并会告知您结果。`,
      }[state],
      `状态页面：${appUrl}/status`,
    ],
  }),
});
