import type { Locale } from "./dictionaries";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", zh: "zh-CN" };

/**
 * A local calendar date ("2026-12-18", as due dates are stored) written for the page's language:
 * "18 December 2026", "2026年12月18日". Read and written in UTC, so no time zone moves it by a day.
 */
export function formatLocalDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
