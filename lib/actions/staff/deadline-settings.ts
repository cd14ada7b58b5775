"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { revalidatePath } from "next/cache";
import { calendarYearFormSchema, deadlinePolicyFormSchema } from "@/lib/domain/settings/deadline-settings";
import { staffFormAction } from "@/lib/forms/form-action";
import { translatorFor } from "@/lib/i18n/translator";
import { addCalendarYearFromJson } from "@/lib/server/settings/add-calendar-year-from-json";
import { updateDeadlinePolicy } from "@/lib/server/settings/update-deadline-policy";

export const updateDeadlinePolicyAction = settingsFormAction("settings:manage", {
  schema: deadlinePolicyFormSchema,
  update: updateDeadlinePolicy,
  page: "/settings/deadlines",
  saved: "settings.deadlines.policyForm.saved",
});

export const addCalendarYearAction = staffFormAction("calendars:manage", {
  schema: calendarYearFormSchema,
  run: async (year, { actor }) => {
    const { calendar, year: added, replaced } = await addCalendarYearFromJson(year, actor);
    revalidatePath("/settings/deadlines");
    const t = translatorFor(actor.locale);
    return replaced
      ? t("settings.deadlines.yearForm.replaced", { calendar, year: String(added) })
      : t("settings.deadlines.yearForm.added", { calendar, year: String(added) });
  },
});
