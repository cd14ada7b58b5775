import type { RegimeCode } from "@/lib/domain/deadlines";

/** EU member states (GDPR); the EEA states apply it too through the EEA Agreement. */
const GDPR_COUNTRIES = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
]);

/**
 * The regime a request is handled under, from where the requester lives (staff may change it later,
 * audited). California residents only for the CCPA; other US states fall to the company policy.
 */
export function regimeForResidence(country: string, region?: string | null): RegimeCode {
  const code = country.toUpperCase();
  if (GDPR_COUNTRIES.has(code)) return "EU_GDPR";
  if (code === "GB") return "UK_GDPR";
  if (code === "CN") return "CN_PIPL";
  if (code === "BR") return "BR_LGPD";
  if (code === "US" && region?.toUpperCase() === "CA") return "US_CA_CCPA";
  return "DEFAULT";
}
