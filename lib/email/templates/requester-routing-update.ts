import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** What the customer did with the routed request, in plain words for the requester. */
export const requesterRoutingUpdate = defineTemplate({
  name: "requester-routing-update",
  payload: z.object({
    reference: z.string(),
    customerName: z.string(),
    state: z.enum(["ACKNOWLEDGED", "COMPLETED_BY_CONTROLLER", "DECLINED_BY_CONTROLLER"]),
  }),
  render({ reference, customerName, state }, { appUrl, locale }) {
    if (locale === "zh") {
      const lead = {
        ACKNOWLEDGED: `${customerName} 已确认收到您的请求 ${reference}，并将作出决定。`,
        COMPLETED_BY_CONTROLLER: `${customerName} 告知我们，已处理完您的请求 ${reference}。`,
        DECLINED_BY_CONTROLLER: `${customerName} 表示该请求不属于其处理范围。我们将继续处理您的请求 ${reference}，并会告知您结果。`,
      }[state];
      return plainEmail(`关于您的请求 ${reference} 的进展`, [lead, `状态页面：${appUrl}/status`], appUrl);
    }
    const lead = {
      ACKNOWLEDGED: `${customerName} acknowledged your request ${reference} and will decide on it.`,
      COMPLETED_BY_CONTROLLER: `${customerName} told us they completed your request ${reference}.`,
      DECLINED_BY_CONTROLLER: `${customerName} told us the request is not theirs to answer. We keep working on your request ${reference} and will tell you the outcome.`,
    }[state];
    return plainEmail(`News about your request ${reference}`, [lead, `Your status page: ${appUrl}/status`], appUrl);
  },
});
