"use server";

import { revalidatePath } from "next/cache";
import { routingPolicySchema } from "@/lib/domain/routing/routing-policy-settings";
import { staffFormAction } from "@/lib/forms/form-action";
import { updateRoutingPolicy } from "@/lib/server/routing/update-routing-policy";

export const updateRoutingPolicyAction = staffFormAction("settings:manage", {
  schema: routingPolicySchema,
  run: async (policy, { actor }) => {
    const { changed } = await updateRoutingPolicy(policy, actor);
    revalidatePath("/settings/routing");
    return changed.length === 0 ? "Nothing changed." : "Saved. Routings sent from now on use these values.";
  },
});
