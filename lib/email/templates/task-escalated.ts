import { z } from "zod";
import { SAMPLE_CASE_ID, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the privacy officers (and the case's assignee): a system's task is still open after the escalation days. */
export const taskEscalated = defineTemplate({
  name: "task-escalated",
  label: (t) => t("emails.taskEscalated.label"),
  audience: "Staff",
  payload: z.object({ reference: z.string(), caseId: z.string(), systemName: z.string(), days: z.number().int() }),
  placeholders: ["reference", "caseId", "systemName"],
  sample: { reference: SAMPLE_REFERENCE, caseId: SAMPLE_CASE_ID, systemName: "Example CRM", days: 7 },
  write: ({ reference, caseId, systemName, days }, { t, appUrl }) => ({
    subject: t("emails.taskEscalated.subject", { reference, systemName }),
    paragraphs: [t("emails.taskEscalated.body", { reference, systemName, days }), `${appUrl}/cases/${caseId}`],
  }),
});
