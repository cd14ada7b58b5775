import { LOCALES, type Locale } from "./dictionaries";

/** The staff area's pages' language until they are translated: English (staff emails follow each one's own). */
export const STAFF_LOCALE: Locale = "en";

/** Each language by its own name, as a person looks for it in a list. */
export const LANGUAGE_NAMES = { en: "English", zh: "简体中文" } as const satisfies Record<Locale, string>;

export const LANGUAGE_OPTIONS = LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

/** A language as HTML names it: Simplified Chinese is "zh-Hans". */
export function htmlLang(locale: Locale): "en" | "zh-Hans" {
  return locale === "zh" ? "zh-Hans" : "en";
}
