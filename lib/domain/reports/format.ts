import type { LocalDate } from "@/lib/domain/deadlines/local-date";
import { formatDate, formatDayMonth, formatNumber } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

export function formatCount(value: number): string {
  return formatNumber(STAFF_LOCALE, value);
}

/** "5 Oct" for the week starting on that Monday. */
export function weekLabel(monday: LocalDate): string {
  return formatDayMonth(STAFF_LOCALE, monday);
}

/** "5 Oct 2026". */
export function dateLabel(date: LocalDate): string {
  return formatDate(STAFF_LOCALE, date);
}

/** Hours with one decimal under two days ("12.5 h"), days with one decimal beyond ("3.2 d"); em dash for none. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 48) return `${(Math.round(hours * 10) / 10).toFixed(1)} h`;
  return `${(Math.round((hours / 24) * 10) / 10).toFixed(1)} d`;
}
