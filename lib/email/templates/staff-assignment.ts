import { z } from "zod";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** To the staff member a case was just assigned to. References only: no requester data in staff mail. */
export const staffAssignment = defineTemplate({
  name: "staff-assignment",
  payload: z.object({
    reference: z.string().min(1),
    caseId: z.string().min(1),
    assignedByName: z.string().min(1).max(200),
  }),
  render({ reference, caseId, assignedByName }, { appUrl }) {
    return plainEmail(
      `${reference} was assigned to you`,
      [`${assignedByName} assigned case ${reference} to you.`, `${appUrl}/cases/${caseId}`],
      appUrl,
    );
  },
});
