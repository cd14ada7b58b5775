import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { isWeekend, localDateSchema, yearOf } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { parseInput } from "@/lib/server/parse-input";

/** The shape of lib/domain/deadlines/data/holidays-cn-2026.json: one year of an official schedule. */
export const calendarYearSchema = z
  .object({
    calendar: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]+)?$/, "calendar_id_format"),
    year: z.number().int().min(2000).max(2100),
    source: z.string().trim().min(5, "schedule_source"),
    holidays: z.array(localDateSchema).min(1, "list_holidays"),
    workingWeekendDays: z.array(localDateSchema).default([]),
  })
  .superRefine((value, ctx) => {
    const outside = [...value.holidays, ...value.workingWeekendDays].filter((d) => yearOf(d) !== value.year);
    if (outside.length)
      ctx.addIssue({
        code: "custom",
        path: ["holidays"],
        message: "holidays_outside_year",
      });
    const weekdays = value.workingWeekendDays.filter((d) => !isWeekend(d));
    if (weekdays.length) {
      ctx.addIssue({
        code: "custom",
        path: ["workingWeekendDays"],
        message: "not_weekend_days",
      });
    }
    const both = value.holidays.filter((d) => value.workingWeekendDays.includes(d));
    if (both.length) ctx.addIssue({ code: "custom", path: ["holidays"], message: "holiday_and_working_day" });
  });

export type CalendarYearInput = z.input<typeof calendarYearSchema>;

/**
 * Adds (or corrects) one year of an official working-day schedule, e.g. the PRC's 2027 arrangements
 * once the State Council publishes them. Existing cases keep their computed dates; new computations
 * use it at once.
 */
export async function addCalendarYear(input: unknown, actor: Actor | "SYSTEM") {
  if (actor !== "SYSTEM" && !can(actor.role, "calendars:manage")) {
    throw new AppError("FORBIDDEN", "problems.adminsMaintainCalendars");
  }
  const { calendar, year, source, holidays, workingWeekendDays } = parseInput(
    calendarYearSchema,
    input,
    "problems.calendarYearInvalid",
  );
  return db().$transaction(async (tx) => {
    const existing = await tx.holidayCalendarYear.findUnique({ where: { calendar_year: { calendar, year } } });
    await tx.holidayCalendarYear.upsert({
      where: { calendar_year: { calendar, year } },
      create: { calendar, year, source, holidays, workingWeekendDays },
      update: { source, holidays, workingWeekendDays },
    });
    await recordAuditEvent(tx, {
      type: existing ? "calendar.year_replaced" : "calendar.year_added",
      actorKind: actor === "SYSTEM" ? "SYSTEM" : "STAFF",
      actorId: actor === "SYSTEM" ? null : actor.id,
      data: {
        calendar,
        year,
        holidays: holidays.length,
        workingWeekendDays: workingWeekendDays.length,
        source,
        // A corrected year: what it replaced (dates are public data, counts keep the event short).
        ...(existing && {
          before: {
            holidays: existing.holidays.length,
            workingWeekendDays: existing.workingWeekendDays.length,
            source: existing.source,
          },
        }),
      },
    });
    return { calendar, year, replaced: Boolean(existing) };
  });
}
