import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** To the assignee or the privacy officers: a routed request needs staff (declined, or unacknowledged too long). */
export const staffRoutingAlert = defineTemplate({
  name: "staff-routing-alert",
  payload: z.object({
    reference: z.string(),
    caseId: z.string(),
    customerName: z.string(),
    reason: z.enum(["DECLINED", "NOT_ACKNOWLEDGED"]),
    days: z.number().int().optional(),
  }),
  render({ reference, caseId, customerName, reason, days }, { appUrl }) {
    const link = `${appUrl}/cases/${caseId}`;
    if (reason === "DECLINED") {
      return plainEmail(
        `${customerName} declined ${reference}`,
        [`${customerName} declined the routed request ${reference}. The case is back in progress for you to act.`, link],
        appUrl,
      );
    }
    return plainEmail(
      `ESCALATION: ${customerName} has not acknowledged ${reference}`,
      [`${customerName} has not acknowledged the routed request ${reference} after ${days ?? "several"} business days.`, link],
      appUrl,
    );
  },
});
