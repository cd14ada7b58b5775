"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { updateOrganizationSettings } from "@/lib/server/settings/update-organization-settings";

export async function updateOrganizationSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("settings:manage");
    const field = (name: string) => formData.get(name) ?? undefined;
    const { changed } = await updateOrganizationSettings(
      {
        senderName: field("senderName"),
        senderEmail: field("senderEmail"),
        supervisoryAuthority: field("supervisoryAuthority"),
        complaintContact: field("complaintContact"),
      },
      actor,
    );
    revalidatePath("/settings/organization");
    return changed.length === 0 ? "Nothing changed." : "Saved. The next email sent uses these details.";
  });
}
