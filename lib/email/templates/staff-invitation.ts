import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/roles";
import { SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** An administrator invited someone: the link to set a password (72 hours, once), in the language chosen for them. */
export const staffInvitation = defineTemplate({
  name: "staff-invitation",
  label: (t) => t("emails.staffInvitation.label"),
  audience: "Staff",
  payload: z.object({
    name: z.string().min(1).max(200),
    role: z.enum(ROLES),
    invitedByName: z.string().min(1).max(200),
    token: z.string().min(20),
  }),
  secretFields: ["token"],
  placeholders: ["name", "invitedByName"],
  sample: { name: "Alex Analyst", role: "ANALYST", invitedByName: "Sam Admin", token: SAMPLE_TOKEN },
  write: ({ name, role, invitedByName, token }, { t, appUrl }) => ({
    subject: t("emails.staffInvitation.subject"),
    paragraphs: [
      t("emails.staffInvitation.greeting", { name }),
      t("emails.staffInvitation.body", { invitedByName, role: t(`emails.staffInvitation.roles.${role}`) }),
      `${appUrl}/invite/${token}`,
      t("emails.staffInvitation.expiry"),
    ],
  }),
});
