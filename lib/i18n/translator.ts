import { createTranslator } from "use-intl/core";
import type { Locale } from "./languages";
import { messages } from "./messages";

function create(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}

/** What reads the catalogue in one language: `t("status.reference")`, `t("counts.case", { count: 3 })`. */
export type Translator = ReturnType<typeof create>;

const translators = new Map<Locale, Translator>();

/** The translator for a language, outside React as well (emails, errors, CSV headers). */
export function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = create(locale)));
  return t;
}

/** Keys of the catalogue under a section whose member is only known at run time (an event type, a field name). */
export type MessageKey = Parameters<Translator>[0];

/**
 * The message for a key built at run time (`events.` + an event type), or `fallback` when the catalogue
 * has none: for values that come from data (old audit events, field names) rather than from the code.
 */
export function translateIfKnown(
  t: Translator,
  key: string,
  fallback: string,
  values?: Record<string, string | number>,
): string {
  return t.has(key as MessageKey) ? t(key as MessageKey, values as never) : fallback;
}
