import "server-only";
import type { Db } from "@/lib/db/client";
import { BUILTIN_SCHEDULES, deadlinePolicySchema, REGIMES, type DeadlinePolicy } from "@/lib/domain/deadlines";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";

export interface CalendarYearSummary {
  year: number;
  holidays: number;
  workingWeekendDays: number;
  source: string;
  /** Shipped with the app (a year kept as data for the same calendar replaces it). */
  builtIn: boolean;
}

export interface DeadlineSettings {
  policies: (DeadlinePolicy & { updatedAt: Date })[];
  /** Calendars published year by year (official schedules), with the years the app holds. */
  schedules: { calendar: string; years: CalendarYearSummary[] }[];
}

/** What the deadline settings page shows: each regime's policy and the schedule years per calendar. */
export async function loadDeadlineSettings(client: Db): Promise<DeadlineSettings> {
  await ensureDeadlinePolicies(client);
  const rows = await client.deadlinePolicy.findMany();
  const policies = REGIMES.flatMap((regime) => {
    const row = rows.find((r) => r.regime === regime);
    return row ? [{ ...deadlinePolicySchema.parse(row), updatedAt: row.updatedAt }] : [];
  });
  const stored = await client.holidayCalendarYear.findMany({ orderBy: [{ calendar: "asc" }, { year: "asc" }] });
  const byCalendar = new Map<string, Map<number, CalendarYearSummary>>();
  for (const [calendar, years] of Object.entries(BUILTIN_SCHEDULES)) {
    const map = new Map<number, CalendarYearSummary>();
    for (const y of years) {
      map.set(y.year, {
        year: y.year,
        holidays: y.holidays.length,
        workingWeekendDays: y.workingWeekendDays.length,
        source: "Shipped with the app",
        builtIn: true,
      });
    }
    byCalendar.set(calendar, map);
  }
  for (const y of stored) {
    const map = byCalendar.get(y.calendar) ?? new Map<number, CalendarYearSummary>();
    map.set(y.year, {
      year: y.year,
      holidays: y.holidays.length,
      workingWeekendDays: y.workingWeekendDays.length,
      source: y.source,
      builtIn: false,
    });
    byCalendar.set(y.calendar, map);
  }
  const schedules = [...byCalendar.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([calendar, years]) => ({ calendar, years: [...years.values()].sort((a, b) => a.year - b.year) }));
  return { policies, schedules };
}
