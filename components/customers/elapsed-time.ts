import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How long a customer took to acknowledge, at a glance, in the staff member's language: "45 min", "5.5 h",
 * "3.2 days" / "45 分钟", "5.5 小时", "3.2 天" (elapsed time, not business days); an em dash for none.
 */
export function elapsedTime(locale: Locale, ms: number | null): string {
  if (ms === null) return "—";
  const t = translatorFor(locale);
  if (ms < HOUR) return t("customers.elapsed.minutes", { value: String(Math.round(ms / 60_000)) });
  if (ms < 2 * DAY) return t("customers.elapsed.hours", { value: String(Math.round((ms / HOUR) * 10) / 10) });
  return t("customers.elapsed.days", { value: String(Math.round((ms / DAY) * 10) / 10) });
}
