"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { setLegalHold } from "@/lib/server/retention/set-legal-hold";

export async function setLegalHoldAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("cases:hold");
    const caseId = formData.get("caseId");
    const { legalHold } = await setLegalHold(
      {
        caseId,
        expectedVersion: formData.get("expectedVersion") ?? undefined,
        hold: formData.get("hold"),
        reason: formData.get("reason"),
      },
      actor,
    );
    if (typeof caseId === "string") revalidatePath(`/cases/${caseId}`);
    return legalHold
      ? "The case is on legal hold: retention leaves it as it is until the hold is lifted."
      : "The legal hold is lifted: retention applies to this case again.";
  });
}
