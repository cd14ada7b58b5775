"use server";

import { revalidatePath } from "next/cache";
import { bulkAssignSchema } from "@/lib/domain/cases/case-forms";
import { ACTION_PERMISSIONS } from "@/lib/domain/cases/workflow";
import { staffFormAction } from "@/lib/forms/form-action";
import { describeAppError } from "@/lib/errors/translate";
import { translatorFor } from "@/lib/i18n/translator";
import { bulkAssignCases } from "@/lib/server/cases/bulk-assign-cases";

/** Assigns the selected cases of the queue; each one goes through the assign use-case on its own. */
export const bulkAssignAction = staffFormAction(ACTION_PERMISSIONS.assign, {
  schema: bulkAssignSchema,
  run: async (selection, { actor }) => {
    const result = await bulkAssignCases(selection, actor);
    revalidatePath("/cases");
    const t = translatorFor(actor.locale);
    return result.failed.length
      ? t("cases.queue.assignedSome", {
          assigned: result.assigned,
          failed: result.failed.length,
          reasons: result.failed
            .map((f) => t("cases.queue.failure", { reference: f.reference, reason: describeAppError(f.error, t) }))
            .join(t("cases.details.separator")),
        })
      : t("cases.queue.assigned", { count: result.assigned });
  },
});
