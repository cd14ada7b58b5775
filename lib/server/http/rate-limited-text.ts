import "server-only";
import type { NextRequest } from "next/server";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";
import type { RateLimited } from "@/lib/server/rate-limit/hit-rate-limit";

/** A rate limit's refusal as plain text in the page's language (the visitor's choice, else their browser's). */
export function rateLimitedText(request: NextRequest, error: RateLimited): string {
  const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  return translatorFor(locale)(error.key, error.values as never);
}
