import { TZDate } from "@date-fns/tz";

/**
 * A calendar date with no time or zone, written YYYY-MM-DD. Legal deadlines are counted in dates of the
 * regime's time zone; arithmetic on them is done in UTC so no zone or DST change can shift a day.
 */
export type LocalDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parts(date: LocalDate): { year: number; month: number; day: number } {
  const match = PATTERN.exec(date);
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function fromUtc(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUtc(date: LocalDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

export function yearOf(date: LocalDate): number {
  return parts(date).year;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/**
 * The same day number `months` later; when that month is shorter, its last day.
 * (EDPB Guidelines 01/2022 §160 and Reg. 1182/71 art. 3(2)(c): 31 August + 1 month = 30 September.)
 */
export function addMonthsClamped(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parts(date);
  const targetMonthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, targetMonthIndex, Math.min(day, lastDay)));
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** The date an instant falls on in a time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant); // en-CA formats as YYYY-MM-DD
}

/** The last millisecond of a date in a time zone (a due date ends at 23:59:59.999 local time). */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = parts(date);
  return new Date(new TZDate(year, month - 1, day, 23, 59, 59, 999, timeZone).getTime());
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
