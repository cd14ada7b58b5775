import Holidays from "date-holidays";
import { isWeekend, yearOf, type LocalDate } from "./local-date";

/** A calendar that names a year it has no data for: never guess from weekends alone. */
export class CalendarMissingError extends Error {
  override name = "CalendarMissingError";
  constructor(
    readonly calendar: string,
    readonly year: number,
  ) {
    super(`calendar missing for ${calendar} ${year}`);
  }
}

/** Which days are working days. Throws CalendarMissingError for a year it cannot answer. */
export interface WorkingDayCalendar {
  id: string;
  isWorkingDay(date: LocalDate): boolean;
}

/** One year of an official schedule: public holidays and the weekend days declared working days. */
export interface ScheduleYear {
  year: number;
  holidays: LocalDate[];
  workingWeekendDays: LocalDate[];
}

/**
 * A calendar published year by year (the PRC State Council's holiday arrangements): statutory holidays
 * do not count, announced make-up working days (weekend days worked) do count.
 */
export function scheduleCalendar(id: string, years: ScheduleYear[]): WorkingDayCalendar {
  const byYear = new Map(
    years.map((y) => [y.year, { holidays: new Set(y.holidays), working: new Set(y.workingWeekendDays) }]),
  );
  return {
    id,
    isWorkingDay(date) {
      const year = byYear.get(yearOf(date));
      if (!year) throw new CalendarMissingError(id, yearOf(date));
      if (year.working.has(date)) return true;
      if (year.holidays.has(date)) return false;
      return !isWeekend(date);
    },
  };
}

/**
 * Public holidays from the date-holidays library (rules kept by its maintainers), e.g. "IE", "GB-ENG",
 * "US-CA". Only days of type "public" count: in Ireland Good Friday is a bank day, not a public holiday.
 */
export function publicHolidayCalendar(id: string): WorkingDayCalendar {
  // Building one reads the library's rules (milliseconds); the rules never change in a process.
  let calendar = publicHolidayCalendars.get(id);
  if (!calendar) {
    calendar = buildPublicHolidayCalendar(id);
    publicHolidayCalendars.set(id, calendar);
  }
  return calendar;
}

const publicHolidayCalendars = new Map<string, WorkingDayCalendar>();

function buildPublicHolidayCalendar(id: string): WorkingDayCalendar {
  const [country, region] = id.split("-");
  const library = new Holidays();
  const known = country ? library.getCountries()[country] : undefined;
  if (!country || !known || (region && !library.getStates(country)?.[region])) {
    throw new Error(`unknown holiday calendar ${id}`);
  }
  library.init(country, region ?? "");
  const cache = new Map<number, Set<string>>();
  const holidaysOf = (year: number) => {
    let set = cache.get(year);
    if (!set) {
      const list = library.getHolidays(year) || [];
      set = new Set(list.filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
      cache.set(year, set);
    }
    return set;
  };
  return {
    id,
    isWorkingDay: (date) => !isWeekend(date) && !holidaysOf(yearOf(date)).has(date),
  };
}

/** Saturdays and Sundays only, for regimes whose policy says so explicitly (never a silent fallback). */
export const WEEKDAYS_ONLY: WorkingDayCalendar = { id: "WEEKDAYS", isWorkingDay: (date) => !isWeekend(date) };

/** Looks calendars up by id; the caller decides which exist (built-in rules plus admin-maintained data). */
export interface CalendarSource {
  get(id: string): WorkingDayCalendar;
}

export function calendarSource(
  schedules: Record<string, ScheduleYear[]>,
  extra: WorkingDayCalendar[] = [],
): CalendarSource {
  const cache = new Map<string, WorkingDayCalendar>(extra.map((c) => [c.id, c]));
  cache.set(WEEKDAYS_ONLY.id, WEEKDAYS_ONLY);
  return {
    get(id) {
      let calendar = cache.get(id);
      if (!calendar) {
        calendar = schedules[id] ? scheduleCalendar(id, schedules[id]) : publicHolidayCalendar(id);
        cache.set(id, calendar);
      }
      return calendar;
    },
  };
}
