import { dictionaries, type Dictionary, type Locale } from "./dictionaries";
import { formatNumber } from "./format";

export type CountNoun = keyof Dictionary["counts"];

const rules: Record<Locale, Intl.PluralRules> = { en: new Intl.PluralRules("en"), zh: new Intl.PluralRules("zh") };

/**
 * A count with its noun in the language's plural form: "1 request", "2 requests", "1,200 requests";
 * Chinese has no plural ("1 个请求", "2 个请求"), so its one form serves every count.
 */
export function countOf(locale: Locale, count: number, noun: CountNoun): string {
  const forms = dictionaries[locale].counts[noun];
  const form = rules[locale].select(count) === "one" ? forms.one : forms.other;
  return `${formatNumber(locale, count)} ${form}`;
}
