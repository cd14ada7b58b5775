"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { bulkAssignCases } from "@/lib/server/cases/bulk-assign-cases";

/** Assigns the selected cases of the queue; each one goes through the assign use-case on its own. */
export async function bulkAssignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("cases:read");
    const result = await bulkAssignCases(
      { caseIds: formData.getAll("caseIds"), assigneeId: formData.get("assigneeId") },
      actor,
    );
    revalidatePath("/cases");
    return result.failed.length
      ? `${result.assigned} assigned; ${result.failed.length} not: ${result.failed.map((f) => `${f.reference}: ${f.reason}`).join("; ")}`
      : `${result.assigned} assigned.`;
  });
}
