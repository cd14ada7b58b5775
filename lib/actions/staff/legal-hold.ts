"use server";

import { revalidatePath } from "next/cache";
import { setLegalHoldSchema } from "@/lib/domain/retention/legal-hold";
import { staffFormAction } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { setLegalHold } from "@/lib/server/retention/set-legal-hold";

export const setLegalHoldAction = staffFormAction("cases:hold", {
  schema: setLegalHoldSchema,
  run: async (value, { actor }) => {
    const { legalHold } = await setLegalHold(value, actor);
    revalidatePath(`/cases/${value.caseId}`);
    const t = translatorFor(actor.locale);
    return legalHold ? t("cases.done.holdPlaced") : t("cases.done.holdLifted");
  },
});
