import { DenialReason } from "@/lib/db/generated/enums";

/**
 * Denial reasons (after DRP v1.0; the database enum's, in its order) and the rule that a direct-marketing
 * objection is never refused.
 */
export const DENIAL_REASONS: readonly DenialReason[] = Object.values(DenialReason);
export type DenialReasonCode = DenialReason;

/** Whether an objection's details say it is about direct marketing. */
export function isDirectMarketingObjection(type: string, details: unknown): boolean {
  if (type !== "OBJECTION" || typeof details !== "object" || details === null) return false;
  return (details as { directMarketing?: unknown }).directMarketing === true;
}

/**
 * Why this denial reason cannot be used on this case, or null when it can. Compelling legitimate
 * grounds answer an objection only (GDPR art. 21(1)), and never one to direct marketing, which must stop
 * at once (GDPR art. 21(2)-(3); policy 6.2).
 */
export function denialRefusal(type: string, details: unknown, reason: DenialReasonCode): string | null {
  if (reason !== "COMPELLING_LEGITIMATE_GROUNDS") return null;
  if (type !== "OBJECTION") return "grounds_objections_only";
  if (isDirectMarketingObjection(type, details)) {
    return "marketing_must_stop";
  }
  return null;
}

/** The reasons offered in the form for this case (the refused ones are left out). */
export function denialReasonsFor(type: string, details: unknown): DenialReasonCode[] {
  return DENIAL_REASONS.filter((reason) => denialRefusal(type, details, reason) === null);
}
