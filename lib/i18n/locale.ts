import { cookies, headers } from "next/headers";
import { dictionaries, LOCALES, type Dictionary, type Locale } from "./dictionaries";

export const LOCALE_COOKIE = "rd_locale";

/** Chinese when the cookie says so, else when the browser prefers it; English otherwise. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (cookie && (LOCALES as readonly string[]).includes(cookie)) return cookie as Locale;
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

export async function requestLocale(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, t: dictionaries[locale] };
}
