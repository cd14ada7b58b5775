import { z } from "zod";
import { defineTemplate } from "./types";

/** Sent by an administrator from Settings > Email to check that mail reaches people. */
export const staffTestEmail = defineTemplate({
  name: "staff-test-email",
  label: (t) => t("emails.staffTestEmail.label"),
  audience: "Staff",
  payload: z.object({ requestedBy: z.string().min(1).max(200) }),
  placeholders: ["requestedBy"],
  sample: { requestedBy: "Sam Admin" },
  write: ({ requestedBy }, { t }) => ({
    subject: t("emails.staffTestEmail.subject"),
    paragraphs: [t("emails.staffTestEmail.body", { requestedBy }), t("emails.staffTestEmail.works")],
  }),
});
