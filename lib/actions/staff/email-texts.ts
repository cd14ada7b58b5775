"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { TEXT_KEYS } from "@/lib/email/template-texts";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { updateEmailTexts } from "@/lib/server/settings/update-email-texts";

export async function updateEmailTextsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("settings:manage");
    const textsIn = (locale: string) =>
      Object.fromEntries(TEXT_KEYS.map((key) => [key, formData.get(`${locale}.${key}`) ?? undefined]));
    const { changed } = await updateEmailTexts(
      { template: formData.get("template") ?? undefined, en: textsIn("en"), zh: textsIn("zh") },
      actor,
    );
    revalidatePath("/settings/email-texts");
    return changed.length === 0 ? "Nothing changed." : "Saved. Emails sent from now on use these texts.";
  });
}
