import { z } from "zod";
import { SAMPLE_CASE_ID, SAMPLE_CUSTOMER, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the assignee or the privacy officers: a routed request needs staff (declined, or unacknowledged too long). */
export const staffRoutingAlert = defineTemplate({
  name: "staff-routing-alert",
  label: (t) => t("emails.staffRoutingAlert.label"),
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
  write: ({ reference, caseId, customerName, reason, days }, { t, appUrl }) => {
    const link = `${appUrl}/cases/${caseId}`;
    if (reason === "DECLINED") {
      return {
        subject: t("emails.staffRoutingAlert.subjectDeclined", { reference, customerName }),
        paragraphs: [t("emails.staffRoutingAlert.bodyDeclined", { reference, customerName }), link],
      };
    }
    return {
      subject: t("emails.staffRoutingAlert.subjectEscalation", { reference, customerName }),
      paragraphs: [
        days === undefined
          ? t("emails.staffRoutingAlert.bodyEscalationNoDays", { reference, customerName })
          : t("emails.staffRoutingAlert.bodyEscalation", { reference, customerName, days }),
        link,
      ],
    };
  },
});
