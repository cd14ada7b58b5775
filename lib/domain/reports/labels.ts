import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";

/** Short names of the regimes for the reports' legends and tables. */
export const REGIME_LABELS: Record<string, string> = {
  EU_GDPR: "EU GDPR",
  UK_GDPR: "UK GDPR",
  CN_PIPL: "China PIPL",
  US_CA_CCPA: "California CCPA",
  BR_LGPD: "Brazil LGPD",
  DEFAULT: "Company default",
};

/**
 * One colour per request type, from the Okabe-Ito palette (told apart with the common colour-vision
 * deficiencies); the table view and each segment's label carry the same numbers for everyone else.
 */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#6B6B00"] as const;
export const TYPE_COLORS: Record<string, string> = Object.fromEntries(
  REQUEST_TYPES.map((type, i) => [type, PALETTE[i]!]),
);
