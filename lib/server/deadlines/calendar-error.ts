import "server-only";
import { CalendarMissingError } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";

/** A missing calendar year is the operator's to fix: say which, never compute around it. */
export function rethrowCalendarError(error: unknown): never {
  if (error instanceof CalendarMissingError) {
    throw new AppError("CONFLICT", "problems.calendarMissing", undefined, {
      calendar: error.calendar,
      year: String(error.year),
    });
  }
  throw error;
}
