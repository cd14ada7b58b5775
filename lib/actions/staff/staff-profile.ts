"use server";

import { staffProfileSchema } from "@/lib/domain/users/staff-accounts";
import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { updateStaffProfile } from "@/lib/server/users/update-staff-profile";

export const updateStaffProfileAction = settingsFormAction("cases:read", {
  schema: staffProfileSchema,
  update: updateStaffProfile,
  page: "/settings/profile",
  saved: "settings.profile.saved",
  // The answer is in the language just chosen, and every page reads in it from now on.
  languageChosen: (profile) => profile.locale,
});
