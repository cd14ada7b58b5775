"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { retentionPolicySchema } from "@/lib/domain/retention/retention-policy";
import { updateRetentionPolicy } from "@/lib/server/retention/update-retention-policy";

export const updateRetentionPolicyAction = settingsFormAction("retention:manage", {
  schema: retentionPolicySchema,
  update: updateRetentionPolicy,
  page: "/settings/retention",
  saved: "settings.retention.saved",
});
