"use server";

import { revalidatePath } from "next/cache";
import { bulkAssignSchema } from "@/lib/domain/cases/case-forms";
import { ACTION_PERMISSIONS } from "@/lib/domain/cases/workflow";
import { staffFormAction } from "@/lib/forms/form-action";
import { bulkAssignCases } from "@/lib/server/cases/bulk-assign-cases";

/** Assigns the selected cases of the queue; each one goes through the assign use-case on its own. */
export const bulkAssignAction = staffFormAction(ACTION_PERMISSIONS.assign, {
  schema: bulkAssignSchema,
  run: async (selection, { actor }) => {
    const result = await bulkAssignCases(selection, actor);
    revalidatePath("/cases");
    return result.failed.length
      ? `${result.assigned} assigned; ${result.failed.length} not: ${result.failed.map((f) => `${f.reference}: ${f.reason}`).join("; ")}`
      : `${result.assigned} assigned.`;
  },
});
