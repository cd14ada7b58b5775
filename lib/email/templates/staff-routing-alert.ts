import { z } from "zod";
import { SAMPLE_CASE_ID, SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the assignee or the privacy officers: a routed request needs staff (declined, or unacknowledged too long). */
export const staffRoutingAlert = defineTemplate({
  name: "staff-routing-alert",
  label: "Routing alert",
  audience: "Staff",
  payload: z.object({
    reference: z.string(),
    caseId: z.string(),
    customerName: z.string(),
    reason: z.enum(["DECLINED", "NOT_ACKNOWLEDGED"]),
    days: z.number().int().optional(),
  }),
  placeholders: ["reference", "caseId", "customerName"],
  sample: {
    reference: SAMPLE_REFERENCE,
    caseId: SAMPLE_CASE_ID,
    customerName: SAMPLE_CUSTOMER,
    reason: "NOT_ACKNOWLEDGED",
    days: 10,
  },
  en: ({ reference, caseId, customerName, reason, days }, { appUrl }) => {
    const link = `${appUrl}/cases/${caseId}`;
    if (reason === "DECLINED") {
      return {
        subject: `${customerName} declined ${reference}`,
        paragraphs: [
          `${customerName} declined the routed request ${reference}. The case is back in progress for you to act.`,
          link,
        ],
      };
    }
    return {
      subject: `ESCALATION: ${customerName} has not acknowledged ${reference}`,
      paragraphs: [
        `${customerName} has not acknowledged the routed request ${reference} after ${days ?? "several"} business days.`,
        link,
      ],
    };
  },
  zh: ({ reference, caseId, customerName, reason, days }, { appUrl }) => {
    const link = `${appUrl}/cases/${caseId}`;
    if (reason === "DECLINED") {
      return {
        subject: `${customerName} 拒绝了 ${reference}`,
        paragraphs: [`${customerName} 拒绝了转交的请求 ${reference}。案件已退回处理中，请您跟进。`, link],
      };
    }
    return {
      subject: `升级提醒：${customerName} 尚未确认 ${reference}`,
      paragraphs: [`${customerName} 在 ${days ?? "数"} 个工作日后仍未确认转交的请求 ${reference}。`, link],
    };
  },
});
