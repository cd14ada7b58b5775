"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { routingPolicySchema } from "@/lib/domain/routing/routing-policy-settings";
import { updateRoutingPolicy } from "@/lib/server/routing/update-routing-policy";

export const updateRoutingPolicyAction = settingsFormAction("settings:manage", {
  schema: routingPolicySchema,
  update: updateRoutingPolicy,
  page: "/settings/routing",
  saved: "settings.routing.saved",
});
