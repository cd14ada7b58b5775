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
  if (!can(actor.role, "calendars:manage"))
    throw new AppError("FORBIDDEN", "Only administrators can maintain calendars.");
  const { schedule: text } = parseInput(calendarYearFormSchema, input, "The calendar year is not valid.");
  const invalid = (...messages: string[]) =>
    new AppError("VALIDATION", "The calendar year is not valid.", { schedule: messages });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(`This is not valid JSON (${error instanceof Error ? error.message : "unreadable"}).`);
  }
  try {
    return await addCalendarYear(parsed, actor);
  } catch (error) {
    if (!isAppError(error) || error.code !== "VALIDATION" || !error.fieldErrors) throw error;
    // "holidays: dates outside 2027: 2026-12-31", one line per problem, all under the one field.
    throw invalid(
      ...Object.entries(error.fieldErrors).flatMap(([field, messages]) =>
        (messages ?? []).map((message) => (field === "_form" ? message : `${field}: ${message}`)),
      ),
    );
  }
}
