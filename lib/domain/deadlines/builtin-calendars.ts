import cn2026 from "./data/holidays-cn-2026.json" with { type: "json" };
import { calendarSource, type CalendarSource, type ScheduleYear } from "./calendars";

/**
 * Official schedules shipped with the app. China's comes from the State Council's yearly notice (the
 * holiday library's China data is not that schedule). Further years are added by admins as data.
 */
export const BUILTIN_SCHEDULES: Record<string, ScheduleYear[]> = {
  CN: [{ year: cn2026.year, holidays: cn2026.holidays, workingWeekendDays: cn2026.workingWeekendDays }],
};

/** Built-in calendars plus schedule years kept in the database (e.g. CN 2027 once announced). */
export function calendarsWith(extraYears: { calendar: string; year: ScheduleYear }[] = []): CalendarSource {
  const schedules: Record<string, ScheduleYear[]> = {};
  for (const [id, years] of Object.entries(BUILTIN_SCHEDULES)) schedules[id] = [...years];
  for (const { calendar, year } of extraYears) {
    const list = (schedules[calendar] ??= []);
    const i = list.findIndex((y) => y.year === year.year);
    if (i >= 0) list[i] = year;
    else list.push(year);
  }
  return calendarSource(schedules);
}
