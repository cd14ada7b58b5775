import { z } from "zod";
import { ROLE_LABELS, ROLES } from "@/lib/domain/auth/roles";
import { SAMPLE_TOKEN } from "./samples";
import { defineTemplate } from "./types";

/** The roles' names in Chinese, for the invitation. */
const ROLE_NAMES_ZH = {
  ADMIN: "管理员",
  PRIVACY_OFFICER: "隐私官",
  ANALYST: "分析员",
  AUDITOR: "审计员",
} satisfies Record<(typeof ROLES)[number], string>;

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
  zh: ({ name, role, invitedByName, token }, { appUrl }) => ({
    subject: "邀请您加入 Rightsdesk",
    paragraphs: [
      `${name}，您好：`,
      `${invitedByName} 邀请您以${ROLE_NAMES_ZH[role]}身份加入 Rightsdesk。请在此设置密码：`,
      `${appUrl}/invite/${token}`,
      "此链接仅可使用一次，72 小时内有效。如果您没有预料到此邀请，请忽略本邮件。",
    ],
  }),
});
