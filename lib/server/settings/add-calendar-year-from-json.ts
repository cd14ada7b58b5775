import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { calendarYearFormSchema } from "@/lib/domain/settings/deadline-settings";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { addCalendarYear } from "@/lib/server/deadlines/add-calendar-year";
import { parseInput } from "@/lib/server/parse-input";

/**
 * The settings page's "add a year": the same JSON as `npm run calendar:add` (one year of an official
 * schedule), pasted into one field, so every problem is reported next to that field.
 */
export async function addCalendarYearFromJson(input: z.input<typeof calendarYearFormSchema>, actor: Actor) {
  if (!can(actor.role, "calendars:manage")) throw new AppError("FORBIDDEN", "problems.adminsMaintainCalendars");
  const { schedule: text } = parseInput(calendarYearFormSchema, input, "problems.calendarYearInvalid");
  const invalid = (...keys: string[]) =>
    new AppError("VALIDATION", "problems.calendarYearInvalid", { schedule: [...new Set(keys)] });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("schedule_not_json");
  }
  try {
    return await addCalendarYear(parsed, actor);
  } catch (error) {
    if (!isAppError(error) || error.code !== "VALIDATION" || !error.fieldErrors) throw error;
    // Every problem of the pasted year under the one field (the keys say which part is wrong).
    throw invalid(...Object.values(error.fieldErrors).flatMap((keys) => keys ?? []));
  }
}
