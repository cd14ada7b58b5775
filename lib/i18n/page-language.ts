import { STAFF_PATHS } from "@/lib/http/staff-paths";
import type { Locale } from "./dictionaries";
import { STAFF_LOCALE, htmlLang } from "./languages";
import { LOCALE_COOKIE, pickLocale } from "./locale";

/** The request header the proxy sets with the page's language, for the root layout's `<html lang>`. */
export const PAGE_LANGUAGE_HEADER = "x-rightsdesk-page-language";

/**
 * The language a page is written in: the staff area's pages in the staff area's language, every other
 * page in the visitor's choice (the language cookie), else their browser's (Accept-Language).
 */
export function pageLocaleFor(pathname: string, cookie: string | undefined, acceptLanguage: string | null): Locale {
  return STAFF_PATHS.test(pathname) ? STAFF_LOCALE : pickLocale(cookie, acceptLanguage);
}

/** The page language of a request as the proxy sees it. */
export function pageLanguageOf(request: {
  nextUrl: { pathname: string };
  cookies: { get(name: string): { value: string } | undefined };
  headers: Headers;
}): "en" | "zh-Hans" {
  return htmlLang(
    pageLocaleFor(
      request.nextUrl.pathname,
      request.cookies.get(LOCALE_COOKIE)?.value,
      request.headers.get("accept-language"),
    ),
  );
}
