"use server";

import { staffProfileSchema } from "@/lib/domain/users/staff-accounts";
import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { updateStaffProfile } from "@/lib/server/users/update-staff-profile";

export const updateStaffProfileAction = settingsFormAction("cases:read", {
  schema: staffProfileSchema,
  update: updateStaffProfile,
  page: "/settings/profile",
  saved: "Saved. Your next emails are written in this language.",
});
