"use server";

import { revalidatePath } from "next/cache";
import { emailTextsSchema } from "@/lib/email/template-texts";
import { staffFormAction } from "@/lib/forms/form-action";
import { updateEmailTexts } from "@/lib/server/settings/update-email-texts";

export const updateEmailTextsAction = staffFormAction("settings:manage", {
  schema: emailTextsSchema,
  run: async (texts, { actor }) => {
    const { changed } = await updateEmailTexts(texts, actor);
    revalidatePath("/settings/email-texts");
    return changed.length === 0 ? "Nothing changed." : "Saved. Emails sent from now on use these texts.";
  },
});
