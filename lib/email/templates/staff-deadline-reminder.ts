import { z } from "zod";
import { ReminderThreshold } from "@/lib/db/generated/enums";
import { SAMPLE_CASE_ID, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the assignee (or, unassigned or overdue, the privacy officers): a case's deadline is near or past. */
export const staffDeadlineReminder = defineTemplate({
  name: "staff-deadline-reminder",
  label: (t) => t("emails.staffDeadlineReminder.label"),
  audience: "Staff",
  payload: z.object({
    reference: z.string(),
    caseId: z.string(),
    threshold: z.enum(ReminderThreshold),
    dueDate: z.string(),
  }),
  placeholders: ["reference", "caseId", "dueDate"],
  sample: { reference: SAMPLE_REFERENCE, caseId: SAMPLE_CASE_ID, threshold: "DUE_IN_7", dueDate: "2026-12-18" },
  write: ({ reference, caseId, threshold, dueDate }, { t, appUrl }) => {
    const link = `${appUrl}/cases/${caseId}`;
    if (threshold === "OVERDUE") {
      return {
        subject: t("emails.staffDeadlineReminder.subjectOverdue", { reference, dueDate }),
        paragraphs: [t("emails.staffDeadlineReminder.bodyOverdue", { reference, dueDate }), link],
      };
    }
    const days = threshold === "DUE_IN_7" ? 7 : 2;
    return {
      subject: t("emails.staffDeadlineReminder.subjectDue", { reference, days, dueDate }),
      paragraphs: [t("emails.staffDeadlineReminder.bodyDue", { reference, dueDate }), link],
    };
  },
});
