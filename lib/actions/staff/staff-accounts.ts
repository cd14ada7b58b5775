"use server";

import { revalidatePath } from "next/cache";
import {
  changeStaffRoleSchema,
  inviteStaffSchema,
  setStaffDisabledSchema,
  staffAccountSchema,
} from "@/lib/domain/users/staff-accounts";
import { staffFormAction } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { changeStaffRole } from "@/lib/server/users/change-staff-role";
import { inviteStaff } from "@/lib/server/users/invite-staff";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setStaffDisabled } from "@/lib/server/users/set-staff-disabled";

export const inviteStaffAction = staffFormAction("users:manage", {
  schema: inviteStaffSchema,
  run: async (invitation, { actor }) => {
    await inviteStaff(invitation, actor);
    revalidatePath("/settings/users");
    return translatorFor(actor.locale)("settings.users.inviteForm.sent");
  },
});

export const resendInvitationAction = staffFormAction("users:manage", {
  schema: staffAccountSchema,
  run: async (account, { actor }) => {
    await resendInvitation(account, actor);
    revalidatePath("/settings/users");
    return translatorFor(actor.locale)("settings.users.resent");
  },
});

export const changeStaffRoleAction = staffFormAction("users:manage", {
  schema: changeStaffRoleSchema,
  run: async (change, { actor }) => {
    const { changed } = await changeStaffRole(change, actor);
    revalidatePath("/settings/users");
    const t = translatorFor(actor.locale);
    return changed ? t("settings.users.roleChanged") : t("settings.users.noChange");
  },
});

export const setStaffDisabledAction = staffFormAction("users:manage", {
  schema: setStaffDisabledSchema,
  run: async (change, { actor }) => {
    await setStaffDisabled(change, actor);
    revalidatePath("/settings/users");
    const t = translatorFor(actor.locale);
    return change.disabled ? t("settings.users.accountDisabled") : t("settings.users.accountEnabled");
  },
});
