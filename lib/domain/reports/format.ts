import type { LocalDate } from "@/lib/domain/deadlines/local-date";

const count = new Intl.NumberFormat("en-GB");
const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const dayMonthYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatCount(value: number): string {
  return count.format(value);
}

/** "5 Oct" for the week starting on that Monday. */
export function weekLabel(monday: LocalDate): string {
  return dayMonth.format(new Date(`${monday}T00:00:00Z`));
}

/** "5 Oct 2026". */
export function dateLabel(date: LocalDate): string {
  return dayMonthYear.format(new Date(`${date}T00:00:00Z`));
}

/** Hours with one decimal under two days ("12.5 h"), days with one decimal beyond ("3.2 d"); em dash for none. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 48) return `${(Math.round(hours * 10) / 10).toFixed(1)} h`;
  return `${(Math.round((hours / 24) * 10) / 10).toFixed(1)} d`;
}
