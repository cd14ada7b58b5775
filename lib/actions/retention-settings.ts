"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { updateRetentionPolicy } from "@/lib/server/retention/update-retention-policy";

export async function updateRetentionPolicyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("retention:manage");
    const { changed } = await updateRetentionPolicy(
      {
        closedCaseDays: formData.get("closedCaseDays"),
        unverifiedDays: formData.get("unverifiedDays"),
        uploadsAfterClosureDays: formData.get("uploadsAfterClosureDays"),
      },
      actor,
    );
    revalidatePath("/settings/retention");
    return changed.length === 0 ? "Nothing changed." : "Saved. The next retention run applies these periods.";
  });
}
