"use server";

import { settingsFormAction } from "@/lib/forms/settings-form-action";
import { revalidatePath } from "next/cache";
import { calendarYearFormSchema, deadlinePolicyFormSchema } from "@/lib/domain/settings/deadline-settings";
import { staffFormAction } from "@/lib/forms/form-action";
import { addCalendarYearFromJson } from "@/lib/server/settings/add-calendar-year-from-json";
import { updateDeadlinePolicy } from "@/lib/server/settings/update-deadline-policy";

export const updateDeadlinePolicyAction = settingsFormAction("settings:manage", {
  schema: deadlinePolicyFormSchema,
  update: updateDeadlinePolicy,
  page: "/settings/deadlines",
  saved: "Saved. Requests received from now on use this policy; existing cases keep theirs.",
});

export const addCalendarYearAction = staffFormAction("calendars:manage", {
  schema: calendarYearFormSchema,
  run: async (year, { actor }) => {
    const { calendar, year: added, replaced } = await addCalendarYearFromJson(year, actor);
    revalidatePath("/settings/deadlines");
    return `${calendar} ${added} ${replaced ? "replaced" : "added"}. New deadlines use it at once; existing cases keep their dates.`;
  },
});
