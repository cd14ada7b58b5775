import type { Regime, RequestType } from "@/lib/db/generated/enums";

/** @deprecated Short names of the regimes in English: the reports read `labels.regimes.*` in the staff member's language. */
export const REGIME_LABELS = {
  EU_GDPR: "EU GDPR",
  UK_GDPR: "UK GDPR",
  CN_PIPL: "China PIPL",
  US_CA_CCPA: "California CCPA",
  BR_LGPD: "Brazil LGPD",
  DEFAULT: "Company default",
} satisfies Record<Regime, string>;

/**
 * One colour per request type, from the Okabe-Ito palette (told apart with the common colour-vision
 * deficiencies); the table view and each segment's label carry the same numbers for everyone else.
 */
export const TYPE_COLORS = {
  CORRECTION: "#0072B2",
  OBJECTION: "#E69F00",
  WITHDRAWAL: "#009E73",
  ACCESS: "#CC79A7",
  DELETION: "#56B4E9",
  GUARDIAN_INQUIRY: "#D55E00",
  OTHER: "#6B6B00",
} satisfies Record<RequestType, string>;
