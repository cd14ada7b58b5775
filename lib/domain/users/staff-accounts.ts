import { z } from "zod";
import { ROLES } from "@/lib/domain/auth/roles";
import { LOCALES } from "@/lib/i18n/languages";

/** The administration forms for staff accounts (browser and use-cases); one account is named by its id. */
const userId = z.string({ message: "unknown_staff_member" }).uuid("unknown_staff_member");
const role = z.enum(ROLES, { message: "choose_role" });
/** The language of a staff member's emails (and, as they are translated, pages). */
export const staffLanguage = z.enum(LOCALES, { message: "choose_language" });

/** Inviting a staff member. */
export const inviteStaffSchema = z.object({
  email: z
    .string({ message: "enter_email" })
    .trim()
    .min(1, { message: "enter_email", abort: true })
    .email("invalid_email")
    .max(320),
  name: z.string({ message: "enter_name" }).trim().min(1, "enter_name").max(200, "use_at_most:200"),
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
