"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { changeStaffRole } from "@/lib/server/users/change-staff-role";
import { inviteStaff } from "@/lib/server/users/invite-staff";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setStaffDisabled } from "@/lib/server/users/set-staff-disabled";

export async function inviteStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("users:manage");
    await inviteStaff({ email: formData.get("email"), name: formData.get("name"), role: formData.get("role") }, actor);
    revalidatePath("/settings/users");
    return "Invitation sent. The link works for 72 hours.";
  });
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("users:manage");
    await resendInvitation({ userId: formData.get("userId") }, actor);
    revalidatePath("/settings/users");
    return "A new invitation link was sent.";
  });
}

export async function changeStaffRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("users:manage");
    const { changed } = await changeStaffRole({ userId: formData.get("userId"), role: formData.get("role") }, actor);
    revalidatePath("/settings/users");
    return changed ? "Role changed." : "No change.";
  });
}

export async function setStaffDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("users:manage");
    const disabled = formData.get("disabled") === "true";
    await setStaffDisabled({ userId: formData.get("userId"), disabled }, actor);
    revalidatePath("/settings/users");
    return disabled ? "Account disabled." : "Account enabled.";
  });
}
