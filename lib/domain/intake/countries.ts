/** The countries the request form offers for "where you live" (ISO 3166-1 alpha-2). */
export const COUNTRIES = [
  "CN",
  "HK",
  "MO",
  "TW",
  "SG",
  "JP",
  "KR",
  "IN",
  "AU",
  "NZ",
  "US",
  "CA",
  "BR",
  "MX",
  "GB",
  "IE",
  "DE",
  "FR",
  "IT",
  "ES",
  "PT",
  "NL",
  "BE",
  "LU",
  "AT",
  "CH",
  "DK",
  "SE",
  "NO",
  "FI",
  "IS",
  "PL",
  "CZ",
  "SK",
  "HU",
  "RO",
  "BG",
  "GR",
  "HR",
  "SI",
  "EE",
  "LV",
  "LT",
  "CY",
  "MT",
  "LI",
  "AE",
  "SA",
  "ZA",
  "TR",
  "IL",
] as const;

export interface CountryOption {
  code: (typeof COUNTRIES)[number];
  name: string;
}

/**
 * The countries with their names in the page's language. The page computes them on the server and hands
 * them to the form: the browser's own region names differ from the server's ("Hong Kong" against "Hong
 * Kong SAR China"), and text that differs at hydration makes React render the form again, which drops
 * what a fast typist entered before the page's scripts had loaded.
 */
export function countryOptions(language: "en" | "zh"): CountryOption[] {
  const names = new Intl.DisplayNames([language === "zh" ? "zh-Hans" : "en"], { type: "region" });
  return COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code }));
}
