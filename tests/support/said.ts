import type { AppError } from "@/lib/errors/app-error";
import { translateErrors } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** What a person reads for a refusal (an AppError carries a key): its message in their language. */
export function said(error: AppError, locale: Locale = "en"): string {
  return translatorFor(locale)(error.key, error.values as never);
}

/** Field errors (keys under `errors`) as a person reads them. */
export function saidFields(keys: string[] | undefined, locale: Locale = "en"): string[] {
  return translateErrors(translatorFor(locale), keys) ?? [];
}
