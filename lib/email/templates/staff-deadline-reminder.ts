import { z } from "zod";
import { ReminderThreshold } from "@/lib/db/generated/enums";
import { SAMPLE_CASE_ID, SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/** To the assignee (or, unassigned or overdue, the privacy officers): a case's deadline is near or past. */
export const staffDeadlineReminder = defineTemplate({
  name: "staff-deadline-reminder",
  label: "Deadline reminder",
  audience: "Staff",
  payload: z.object({
    reference: z.string(),
    caseId: z.string(),
    threshold: z.enum(ReminderThreshold),
    dueDate: z.string(),
  }),
  placeholders: ["reference", "caseId", "dueDate"],
  sample: { reference: SAMPLE_REFERENCE, caseId: SAMPLE_CASE_ID, threshold: "DUE_IN_7", dueDate: "2026-12-18" },
  en: ({ reference, caseId, threshold, dueDate }, { appUrl }) => {
    const link = `${appUrl}/cases/${caseId}`;
    if (threshold === "OVERDUE") {
      return {
        subject: `OVERDUE: ${reference} was due ${dueDate}`,
        paragraphs: [`Case ${reference} passed its legal deadline (${dueDate}).`, link],
      };
    }
    const days = threshold === "DUE_IN_7" ? 7 : 2;
    return {
      subject: `${reference} is due within ${days} days (${dueDate})`,
      paragraphs: [`Case ${reference} is due on ${dueDate}.`, link],
    };
  },
  zh: ({ reference, caseId, threshold, dueDate }, { appUrl }) => {
    const link = `${appUrl}/cases/${caseId}`;
    if (threshold === "OVERDUE") {
      return {
        subject: `已逾期：${reference} 的期限为 ${dueDate}`,
        paragraphs: [`案件 ${reference} 已超过法定期限（${dueDate}）。`, link],
      };
    }
    const days = threshold === "DUE_IN_7" ? 7 : 2;
    return {
      subject: `${reference} 将在 ${days} 天内到期（${dueDate}）`,
      paragraphs: [`案件 ${reference} 的期限为 ${dueDate}。`, link],
    };
  },
});
