import { z } from "zod";
import { SAMPLE_CASE_ID, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the staff member a case was just assigned to. References only: no requester data in staff mail. */
export const staffAssignment = defineTemplate({
  name: "staff-assignment",
  label: (t) => t("emails.staffAssignment.label"),
  audience: "Staff",
  payload: z.object({
    reference: z.string().min(1),
    caseId: z.string().min(1),
    assignedByName: z.string().min(1).max(200),
  }),
  placeholders: ["reference", "caseId", "assignedByName"],
  sample: { reference: SAMPLE_REFERENCE, caseId: SAMPLE_CASE_ID, assignedByName: "Sam Officer" },
  write: ({ reference, caseId, assignedByName }, { t, appUrl }) => ({
    subject: t("emails.staffAssignment.subject", { reference }),
    paragraphs: [t("emails.staffAssignment.body", { reference, assignedByName }), `${appUrl}/cases/${caseId}`],
  }),
});
