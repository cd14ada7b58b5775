import type { LocalDate } from "@/lib/domain/deadlines/local-date";
import { formatDate, formatDayMonth, formatNumber, intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** A count as the staff member reads it: "1,234" (the reports' figures are all in the reader's language). */
export function formatCount(locale: Locale, value: number): string {
  return formatNumber(locale, value);
}

/** "5 Oct" / "10月5日" for the week starting on that Monday. */
export function weekLabel(locale: Locale, monday: LocalDate): string {
  return formatDayMonth(locale, monday);
}

/** "5 Oct 2026" / "2026年10月5日". */
export function dateLabel(locale: Locale, date: LocalDate): string {
  return formatDate(locale, date);
}

/**
 * Hours with one decimal under two days ("12.5 h" / "12.5 小时"), days with one decimal beyond ("3.2 d" /
 * "3.2 天"); em dash for none.
 */
export function formatHours(locale: Locale, hours: number | null): string {
  if (hours === null) return "—";
  const t = translatorFor(locale);
  if (hours < 48) return t("reports.units.hours", { value: (Math.round(hours * 10) / 10).toFixed(1) });
  return t("reports.units.days", { value: (Math.round((hours / 24) * 10) / 10).toFixed(1) });
}

const listFormats = {
  en: new Intl.ListFormat(intlLocale("en"), { type: "conjunction", style: "narrow" }),
  zh: new Intl.ListFormat(intlLocale("zh"), { type: "conjunction", style: "narrow" }),
} satisfies Record<Locale, Intl.ListFormat>;

/** Short items of a chart's summary: "Access 3, Deletion 1" / "查阅 3、删除 1". */
export function listOf(locale: Locale, items: string[]): string {
  return listFormats[locale].format(items);
}

/** Items that hold commas themselves, one after the other: "; " in English, "；" in Chinese (Intl has no such list). */
export function clausesOf(locale: Locale, items: string[]): string {
  return items.join(locale === "zh" ? "；" : "; ");
}
