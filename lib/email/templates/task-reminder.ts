import { z } from "zod";
import { SAMPLE_REFERENCE } from "./samples";
import { defineTemplate } from "./types";

/**
 * A reminder to a system's owners: its task on a request is still open. Outside owners use the link in
 * the first email; staff owners find it under "My tasks". In the system's language for outside owners,
 * the staff member's for staff.
 */
export const taskReminder = defineTemplate({
  name: "task-reminder",
  label: (t) => t("emails.taskReminder.label"),
  audience: "Owner",
  payload: z.object({
    reference: z.string(),
    systemName: z.string(),
    sentOn: z.string(),
    dueDate: z.string(),
    staff: z.boolean().default(false),
  }),
  placeholders: ["reference", "systemName", "sentOn", "dueDate"],
  sample: {
    reference: SAMPLE_REFERENCE,
    systemName: "Example CRM",
    sentOn: "2026-11-16",
    dueDate: "2026-12-18",
    staff: false,
  },
  write: ({ reference, systemName, sentOn, dueDate, staff }, { t, appUrl }) => ({
    subject: t("emails.taskReminder.subject", { reference, systemName }),
    paragraphs: [
      t("emails.taskReminder.body", { reference, systemName, sentOn, dueDate }),
      staff ? t("emails.taskReminder.staff", { url: `${appUrl}/tasks` }) : t("emails.taskReminder.outside"),
    ],
  }),
});
