/**
 * Which closures count for what in the reports. A case closed as withdrawn, expired (never confirmed) or
 * a duplicate owed no answer of its own, so it is left out of on-time rates and times to close; a
 * transfer to the controller is our answer as processor (policy 6.4) and counts.
 */
export const ANSWERED_OUTCOMES = ["FULFILLED", "PARTIALLY_FULFILLED", "DENIED", "TRANSFERRED_TO_CONTROLLER"] as const;

/**
 * The transparency summary's columns (11 CCR §7102(a): requests received, complied with in whole or in
 * part, and denied; the median days to respond substantively). Everything else that closed a request
 * goes to "withdrawn or other": withdrawn, never confirmed, duplicate, or handed to the controller.
 */
export const COMPLIED_IN_WHOLE = ["FULFILLED"] as const;
export const COMPLIED_IN_PART = ["PARTIALLY_FULFILLED"] as const;
export const DENIED = ["DENIED"] as const;
export const WITHDRAWN_OR_OTHER = ["WITHDRAWN", "EXPIRED", "DUPLICATE", "TRANSFERRED_TO_CONTROLLER"] as const;
/** A substantive response: the median days to respond is taken over these. */
export const SUBSTANTIVE_OUTCOMES = [...COMPLIED_IN_WHOLE, ...COMPLIED_IN_PART, ...DENIED] as const;
