import { STAFF_PATHS } from "@/lib/http/staff-paths";
import { htmlLang } from "./languages";
import { LOCALE_COOKIE, pickLocale } from "./locale";

/** The request header the proxy sets with the page's language, for the root layout's `<html lang>`. */
export const PAGE_LANGUAGE_HEADER = "x-rightsdesk-page-language";

/** A page's language as the proxy can tell it: staff pages are in the signed-in staff member's language. */
export type PageLanguage = "en" | "zh-Hans" | "staff";

/**
 * The language a page is written in: the staff area's pages in the staff member's own language (the root
 * layout reads it from their profile), every other page in the visitor's choice (the language cookie),
 * else their browser's (Accept-Language).
 */
export function pageLanguageFor(
  pathname: string,
  cookie: string | undefined,
  acceptLanguage: string | null,
): PageLanguage {
  return STAFF_PATHS.test(pathname) ? "staff" : htmlLang(pickLocale(cookie, acceptLanguage));
}

/** The page language of a request as the proxy sees it. */
export function pageLanguageOf(request: {
  nextUrl: { pathname: string };
  cookies: { get(name: string): { value: string } | undefined };
  headers: Headers;
}): PageLanguage {
  return pageLanguageFor(
    request.nextUrl.pathname,
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
}
