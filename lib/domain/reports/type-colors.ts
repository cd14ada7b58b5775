import type { RequestType } from "@/lib/db/generated/enums";

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
