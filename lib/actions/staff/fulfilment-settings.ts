"use server";

import { fulfilmentPolicySchema } from "@/lib/domain/fulfilment/fulfilment-policy-settings";
import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { updateFulfilmentPolicy } from "@/lib/server/fulfilment/update-fulfilment-policy";

export const updateFulfilmentPolicyAction = settingsFormAction("settings:manage", {
  schema: fulfilmentPolicySchema,
  update: updateFulfilmentPolicy,
  page: "/settings/fulfilment",
  saved: "fulfilmentSettings.saved",
});
