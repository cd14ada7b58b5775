"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { organizationSettingsSchema } from "@/lib/domain/settings/organization-settings";
import { updateOrganizationSettings } from "@/lib/server/settings/update-organization-settings";

export const updateOrganizationSettingsAction = settingsFormAction("settings:manage", {
  schema: organizationSettingsSchema,
  update: updateOrganizationSettings,
  page: "/settings/organization",
  saved: "settings.organization.form.saved",
});
