/**
 * Turns the public form's fields (named by their path in the request schema, e.g. "requester.email")
 * into the object the schema checks. Shared by the browser (validation as you type) and the server.
 */
const BOOLEAN_FIELDS = new Set(["details.restrictProcessing", "details.directMarketing", "subjectIsMinor"]);

export function requestFromFields(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.startsWith("$")) continue; // files and framework fields
    const path = name.split(".");
    let target = result;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (BOOLEAN_FIELDS.has(name)) target[last] = value === "on" || value === "true" || value === "yes";
    else if (value !== "" || name === "website") target[last] = value;
  }
  for (const name of BOOLEAN_FIELDS) {
    // An unticked checkbox sends nothing: it means false (a missing direct-marketing answer stays missing).
    if (name === "details.directMarketing") continue;
    const [first, second] = name.split(".");
    if (second) {
      const group = (result[first!] ??= {}) as Record<string, unknown>;
      group[second] ??= false;
    } else result[first!] ??= false;
  }
  // Only the chosen relationship's subject is sent.
  if (result.relationship === "SELF") delete result.subject;
  else delete result.subjectIsMinor;
  return result;
}

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
