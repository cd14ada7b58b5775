"use server";

import { revalidatePath } from "next/cache";
import { organizationSettingsSchema } from "@/lib/domain/settings/organization-settings";
import { staffFormAction } from "@/lib/forms/form-action";
import { updateOrganizationSettings } from "@/lib/server/settings/update-organization-settings";

export const updateOrganizationSettingsAction = staffFormAction("settings:manage", {
  schema: organizationSettingsSchema,
  run: async (settings, { actor }) => {
    const { changed } = await updateOrganizationSettings(settings, actor);
    revalidatePath("/settings/organization");
    return changed.length === 0 ? "Nothing changed." : "Saved. The next email sent uses these details.";
  },
});
