import { cookies, headers } from "next/headers";
import { isLocale, type Locale } from "./languages";
import { translatorFor, type Translator } from "./translator";

export const LOCALE_COOKIE = "rd_locale";

/** Chinese when the cookie says so, else when the browser prefers it; English otherwise. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const preferred = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: (tag ?? "").toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of preferred) {
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}

/** The visitor's language (their choice, else their browser's) and its translator: pages outside the staff area. */
export async function requestLocale(): Promise<{ locale: Locale; t: Translator }> {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, t: translatorFor(locale) };
}
