"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { emailTextsSchema } from "@/lib/email/template-texts";
import { updateEmailTexts } from "@/lib/server/settings/update-email-texts";

export const updateEmailTextsAction = settingsFormAction("settings:manage", {
  schema: emailTextsSchema,
  update: updateEmailTexts,
  page: "/settings/email-texts",
  saved: "emails.texts.saved",
});
