/** Staff-facing names of request types, channels and outcomes. */
export const TYPE_LABELS: Record<string, string> = {
  ACCESS: "Access",
  DELETION: "Deletion",
  CORRECTION: "Correction",
  OBJECTION: "Objection",
  WITHDRAWAL: "Consent withdrawal",
  GUARDIAN_INQUIRY: "Guardian inquiry",
  OTHER: "Other question",
};

export const OUTCOME_LABELS: Record<string, string> = {
  FULFILLED: "Fulfilled",
  PARTIALLY_FULFILLED: "Partially fulfilled",
  DENIED: "Denied",
  WITHDRAWN: "Withdrawn",
  EXPIRED: "Expired",
  TRANSFERRED_TO_CONTROLLER: "Transferred to the controller",
  DUPLICATE: "Duplicate",
};

export const RELATIONSHIP_LABELS: Record<string, string> = {
  SELF: "The person themselves",
  GUARDIAN: "A guardian for a minor",
  AUTHORIZED_AGENT: "An authorized agent",
};
