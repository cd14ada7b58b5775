"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { addCalendarYearFromJson } from "@/lib/server/settings/add-calendar-year-from-json";
import { updateDeadlinePolicy } from "@/lib/server/settings/update-deadline-policy";

export async function updateDeadlinePolicyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("settings:manage");
    const field = (name: string) => formData.get(name) ?? undefined;
    const { changed } = await updateDeadlinePolicy(
      {
        regime: field("regime"),
        timeZone: field("timeZone"),
        calendar: field("calendar"),
        rule: {
          unit: field("rule.unit"),
          length: field("rule.length"),
          extension: field("rule.extension"),
          receiptIsDayOne: field("rule.receiptIsDayOne"),
          rollForward: field("rule.rollForward"),
        },
        clockStops: field("clockStops"),
        identityRestart: field("identityRestart"),
        acknowledgementBusinessDays: field("acknowledgementBusinessDays"),
        source: field("source"),
      },
      actor,
    );
    revalidatePath("/settings/deadlines");
    return changed.length === 0
      ? "Nothing changed."
      : "Saved. Requests received from now on use this policy; existing cases keep theirs.";
  });
}

export async function addCalendarYearAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(async () => {
    const actor = await requirePermission("calendars:manage");
    const { calendar, year, replaced } = await addCalendarYearFromJson(formData.get("schedule"), actor);
    revalidatePath("/settings/deadlines");
    return `${calendar} ${year} ${replaced ? "replaced" : "added"}. New deadlines use it at once; existing cases keep their dates.`;
  });
}
