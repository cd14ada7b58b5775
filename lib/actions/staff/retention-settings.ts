"use server";

import { revalidatePath } from "next/cache";
import { retentionPolicySchema } from "@/lib/domain/retention/retention-policy";
import { staffFormAction } from "@/lib/forms/form-action";
import { updateRetentionPolicy } from "@/lib/server/retention/update-retention-policy";

export const updateRetentionPolicyAction = staffFormAction("retention:manage", {
  schema: retentionPolicySchema,
  run: async (policy, { actor }) => {
    const { changed } = await updateRetentionPolicy(policy, actor);
    revalidatePath("/settings/retention");
    return changed.length === 0 ? "Nothing changed." : "Saved. The next retention run applies these periods.";
  },
});
