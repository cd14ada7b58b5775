import type { Locale } from "./languages";

/**
 * The one place dates, times and numbers are written for people, per language: "2 Dec 2026" and
 * "2026年12月2日", "2 Dec 2026, 14:05" and "2026年12月2日 14:05", "1,200" and "1,200". Instants are
 * shown in UTC, as everywhere in the staff area; a calendar date ("2026-12-02", e.g. a due date) is shown
 * as that date, never shifted by a time zone. Format on the server and hand the text to client components:
 * the browser's own formatting data may differ from the server's, and a page whose text differs between
 * the two is rendered again in the browser, losing what was typed.
 */

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

const formatters = <T>(make: (intlLocale: string) => T): Record<Locale, T> => ({
  en: make(INTL_LOCALE.en),
  zh: make(INTL_LOCALE.zh),
});

const dates = formatters((l) => new Intl.DateTimeFormat(l, { dateStyle: "medium", timeZone: "UTC" }));
const dateTimes = formatters(
  (l) => new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
);
const longDates = formatters((l) => new Intl.DateTimeFormat(l, { dateStyle: "long", timeZone: "UTC" }));
const dayMonths = formatters((l) => new Intl.DateTimeFormat(l, { day: "numeric", month: "short", timeZone: "UTC" }));
const numbers = formatters((l) => new Intl.NumberFormat(l));

/** A calendar date as written "YYYY-MM-DD". */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function instant(value: Date | string): Date {
  return typeof value === "string" && CALENDAR_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
}

/** "2 Dec 2026" / "2026年12月2日", from an instant (its UTC date) or a calendar date "YYYY-MM-DD". */
export function formatDate(locale: Locale, value: Date | string): string {
  return dates[locale].format(instant(value));
}

/** "18 December 2026" / "2026年12月18日": a date in a sentence to a requester (a due date, "YYYY-MM-DD"). */
export function formatLongDate(locale: Locale, value: Date | string): string {
  return longDates[locale].format(instant(value));
}

/** "2 Dec 2026, 14:05" / "2026年12月2日 14:05", in UTC. */
export function formatDateTime(locale: Locale, value: Date | string): string {
  return dateTimes[locale].format(instant(value));
}

/** "2 Dec" / "12月2日", for axes and short ranges. */
export function formatDayMonth(locale: Locale, value: Date | string): string {
  return dayMonths[locale].format(instant(value));
}

/** "1,200" in both languages. */
export function formatNumber(locale: Locale, value: number): string {
  return numbers[locale].format(value);
}

/** Names listed in a sentence: "CRM, Mailer" in English, "CRM、Mailer" in Chinese (the enumeration comma). */
export function formatNames(locale: Locale, names: readonly string[]): string {
  return names.join(locale === "zh" ? "、" : ", ");
}

/** The Intl locale of a language, for the formatting this module does not cover (units, lists). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}
