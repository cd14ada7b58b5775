import { formatDateTime, intlLocale } from "./format";
import type { Locale } from "./languages";
import { translatorFor } from "./translator";

/** "30 seconds", "4 minutes", "2 分钟": a wait rounded up to whole minutes from one minute on. */
export function formatWait(locale: Locale, seconds: number): string {
  const [value, unit] =
    seconds < 60 ? [Math.max(1, Math.ceil(seconds)), "second"] : [Math.ceil(seconds / 60), "minute"];
  return new Intl.NumberFormat(intlLocale(locale), { style: "unit", unit, unitDisplay: "long" }).format(value);
}

/** What the sign-in form says for a refusal reason (an unknown one reads as a wrong password). */
export function signInRefusalMessage(locale: Locale, reason: string, retryAfterSeconds?: number): string {
  const t = translatorFor(locale);
  if (reason === "rate_limited") return t("signIn.rateLimited", { wait: formatWait(locale, retryAfterSeconds ?? 60) });
  return reason === "disabled" ? t("signIn.disabled") : t("signIn.invalid");
}

export interface FailedSignInNotice {
  failures: number;
  lastFailureAt: Date;
}

/** The staff pages' notice of failed sign-ins before the current one; times in UTC, as on every staff page. */
export function failedSignInNoticeText(locale: Locale, notice: FailedSignInNotice): string {
  const time = `${formatDateTime(locale, notice.lastFailureAt)} UTC`;
  return translatorFor(locale)("signIn.failed", { count: notice.failures, time });
}
