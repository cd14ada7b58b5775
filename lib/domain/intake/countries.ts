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

/**
 * Every ISO 3166-1 alpha-2 code officially assigned (249), the countries an API client may name; the
 * user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) and reserved ones (EU, UK) are not countries.
 */
const ISO_3166_ALPHA2: ReadonlySet<string> = new Set(
  `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
  BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
  CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
  DE DJ DK DM DO DZ
  EC EE EG EH ER ES ET
  FI FJ FK FM FO FR
  GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
  HK HM HN HR HT HU
  ID IE IL IM IN IO IQ IR IS IT
  JE JM JO JP
  KE KG KH KI KM KN KP KR KW KY KZ
  LA LB LC LI LK LR LS LT LU LV LY
  MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
  NA NC NE NF NG NI NL NO NP NR NU NZ
  OM
  PA PE PF PG PH PK PL PM PN PR PS PT PW PY
  QA
  RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
  TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
  UA UG UM US UY UZ
  VA VC VE VG VI VN VU
  WF WS
  YE YT
  ZA ZM ZW
  `
    .trim()
    .split(/\s+/),
);

export function isIsoCountryCode(code: string): boolean {
  return ISO_3166_ALPHA2.has(code);
}

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
