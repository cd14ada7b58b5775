import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** To the assignee (or, unassigned or overdue, the privacy officers): a case's deadline is near or past. */
export const staffDeadlineReminder = defineTemplate({
  name: "staff-deadline-reminder",
  payload: z.object({
    reference: z.string(),
    caseId: z.string(),
    threshold: z.enum(["DUE_IN_7", "DUE_IN_2", "OVERDUE"]),
    dueDate: z.string(),
  }),
  render({ reference, caseId, threshold, dueDate }, { appUrl }) {
    const link = `${appUrl}/cases/${caseId}`;
    if (threshold === "OVERDUE") {
      return plainEmail(
        `OVERDUE: ${reference} was due ${dueDate}`,
        [`Case ${reference} passed its legal deadline (${dueDate}).`, link],
        appUrl,
      );
    }
    const days = threshold === "DUE_IN_7" ? 7 : 2;
    return plainEmail(
      `${reference} is due within ${days} days (${dueDate})`,
      [`Case ${reference} is due on ${dueDate}.`, link],
      appUrl,
    );
  },
});
