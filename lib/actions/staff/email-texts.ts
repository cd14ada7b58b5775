"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { emailTextsSchema } from "@/lib/email/template-texts";
import { translatorFor } from "@/lib/i18n/translator";
import { updateEmailTexts } from "@/lib/server/settings/update-email-texts";

export const updateEmailTextsAction = settingsFormAction("settings:manage", {
  schema: emailTextsSchema,
  update: updateEmailTexts,
  page: "/settings/email-texts",
<<<<<<< HEAD
  saved: "settings.emailTextsSaved",
=======
  // settingsFormAction takes one message for every staff member for now: the English one, from the catalogue,
  // until it can word it in the actor's language (translatorFor(actor.locale)).
  saved: translatorFor("en")("emails.texts.saved"),
>>>>>>> i18n-emails
});
