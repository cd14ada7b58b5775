"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { updateRoutingPolicy } from "@/lib/server/routing/update-routing-policy";

export async function updateRoutingPolicyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("settings:manage");
    const { changed } = await updateRoutingPolicy(
      {
        forwardWithinBusinessDays: formData.get("forwardWithinBusinessDays"),
        remindAfterBusinessDays: formData.get("remindAfterBusinessDays"),
        escalateAfterBusinessDays: formData.get("escalateAfterBusinessDays"),
        linkValidDays: formData.get("linkValidDays"),
      },
      actor,
    );
    revalidatePath("/settings/routing");
    return changed.length === 0 ? "Nothing changed." : "Saved. Routings sent from now on use these values.";
  });
}
