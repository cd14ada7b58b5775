import type { ClosureOutcome, RequesterRelationship, RequestType } from "@/lib/db/generated/enums";

/** Staff-facing names of request types, channels and outcomes. */
export const TYPE_LABELS = {
  ACCESS: "Access",
  DELETION: "Deletion",
  CORRECTION: "Correction",
  OBJECTION: "Objection",
  WITHDRAWAL: "Consent withdrawal",
  GUARDIAN_INQUIRY: "Guardian inquiry",
  OTHER: "Other question",
} satisfies Record<RequestType, string>;

export const OUTCOME_LABELS = {
  FULFILLED: "Fulfilled",
  PARTIALLY_FULFILLED: "Partially fulfilled",
  DENIED: "Denied",
  WITHDRAWN: "Withdrawn",
  EXPIRED: "Expired",
  TRANSFERRED_TO_CONTROLLER: "Transferred to the controller",
  DUPLICATE: "Duplicate",
} satisfies Record<ClosureOutcome, string>;

export const RELATIONSHIP_LABELS = {
  SELF: "The person themselves",
  GUARDIAN: "A guardian for a minor",
  AUTHORIZED_AGENT: "An authorized agent",
} satisfies Record<RequesterRelationship, string>;

/** The label of a value read as text (raw SQL rows, URL parameters), or the value itself if it has none. */
export function labelFor<K extends string>(labels: Record<K, string>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value as K] : value;
}
