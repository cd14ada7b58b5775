"use server";

import { revalidatePath } from "next/cache";
import { setLegalHoldSchema } from "@/lib/domain/retention/legal-hold";
import { staffFormAction } from "@/lib/forms/form-action";
import { setLegalHold } from "@/lib/server/retention/set-legal-hold";

export const setLegalHoldAction = staffFormAction("cases:hold", {
  schema: setLegalHoldSchema,
  run: async (value, { actor }) => {
    const { legalHold } = await setLegalHold(value, actor);
    revalidatePath(`/cases/${value.caseId}`);
    return legalHold
      ? "The case is on legal hold: retention leaves it as it is until the hold is lifted."
      : "The legal hold is lifted: retention applies to this case again.";
  },
});
