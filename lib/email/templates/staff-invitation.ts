import { z } from "zod";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { plainEmail } from "./layout";
import { defineTemplate } from "./types";

/** An administrator invited someone: the link to set a password (72 hours, once). Staff pages are English. */
export const staffInvitation = defineTemplate({
  name: "staff-invitation",
  payload: z.object({
    name: z.string().min(1).max(200),
    role: z.enum(ROLES),
    invitedByName: z.string().min(1).max(200),
    token: z.string().min(20),
  }),
  secretFields: ["token"],
  render({ name, role, invitedByName, token }, { appUrl }) {
    return plainEmail(
      "You are invited to Rightsdesk",
      [
        `Hello ${name},`,
        `${invitedByName} invited you to Rightsdesk as ${ROLE_LABELS[role].toLowerCase()}. Set your password here:`,
        `${appUrl}/invite/${token}`,
        "The link works once, for 72 hours. If you did not expect this invitation, ignore this email.",
      ],
      appUrl,
    );
  },
});
