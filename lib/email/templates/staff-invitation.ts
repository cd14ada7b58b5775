import { z } from "zod";
import { ROLE_LABELS, ROLES } from "@/lib/domain/auth/roles";
import { SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** An administrator invited someone: the link to set a password (72 hours, once). Staff pages are English. */
export const staffInvitation = defineTemplate({
  name: "staff-invitation",
  label: "Staff invitation",
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
  en: ({ name, role, invitedByName, token }, { appUrl }) => ({
    subject: "You are invited to Rightsdesk",
    paragraphs: [
      `Hello ${name},`,
      `${invitedByName} invited you to Rightsdesk as ${ROLE_LABELS[role].toLowerCase()}. Set your password here:`,
      `${appUrl}/invite/${token}`,
      "The link works once, for 72 hours. If you did not expect this invitation, ignore this email.",
    ],
  }),
});
