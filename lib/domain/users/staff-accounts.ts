import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/roles";
import { LOCALES } from "@/lib/i18n/languages";

/** The administration forms for staff accounts (browser and use-cases); one account is named by its id. */
const userId = z.string({ message: "Unknown staff member." }).uuid("Unknown staff member.");
const role = z.enum(ROLES, { message: "Choose a role." });
/** The language of a staff member's emails (and, as they are translated, pages). */
export const staffLanguage = z.enum(LOCALES, { message: "Choose English or Chinese." });

/** Inviting a staff member. */
export const inviteStaffSchema = z.object({
  email: z
    .string({ message: "Enter an email address." })
    .trim()
    .min(1, { message: "Enter an email address.", abort: true })
    .email("Enter a valid email address.")
    .max(320),
  name: z.string({ message: "Enter a name." }).trim().min(1, "Enter a name.").max(200, "Use at most 200 characters."),
  role,
  locale: staffLanguage.default("en"),
});

/** A staff member's own settings: the language of their emails. */
export const staffProfileSchema = z.object({ locale: staffLanguage });

/** Resending an invitation: the account only. */
export const staffAccountSchema = z.object({ userId });

export const changeStaffRoleSchema = z.object({ userId, role });

/** Disabling (true) or enabling (false) an account. */
export const setStaffDisabledSchema = z.object({ userId, disabled: z.boolean() });
