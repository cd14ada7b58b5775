import { z } from "zod";
import { SAMPLE_CASE_ID, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the staff member a case was just assigned to. References only: no requester data in staff mail. */
export const staffAssignment = defineTemplate({
  name: "staff-assignment",
  label: "Case assigned",
  audience: "Staff",
  payload: z.object({
    reference: z.string().min(1),
    caseId: z.string().min(1),
    assignedByName: z.string().min(1).max(200),
  }),
  placeholders: ["reference", "caseId", "assignedByName"],
  sample: { reference: SAMPLE_REFERENCE, caseId: SAMPLE_CASE_ID, assignedByName: "Sam Officer" },
  en: ({ reference, caseId, assignedByName }, { appUrl }) => ({
    subject: `${reference} was assigned to you`,
    paragraphs: [`${assignedByName} assigned case ${reference} to you.`, `${appUrl}/cases/${caseId}`],
  }),
  zh: ({ reference, caseId, assignedByName }, { appUrl }) => ({
    subject: `案件 ${reference} 已分配给您`,
    paragraphs: [`${assignedByName} 将案件 ${reference} 分配给了您。`, `${appUrl}/cases/${caseId}`],
  }),
});
