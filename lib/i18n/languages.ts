export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language by its own name, as a person looks for it in a list. */
export const LANGUAGE_NAMES = { en: "English", zh: "简体中文" } as const satisfies Record<Locale, string>;

export const LANGUAGE_OPTIONS = LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

/** A language as HTML names it: Simplified Chinese is "zh-Hans". */
export function htmlLang(locale: Locale): "en" | "zh-Hans" {
  return locale === "zh" ? "zh-Hans" : "en";
}
