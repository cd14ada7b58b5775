import type { CaseStatus } from "@/lib/db/generated/enums";
import type { CaseAction } from "./workflow";

/** What an open case needs next, as the case page suggests it. */
export type NextStep =
  | "waitForEmail"
  | "assign"
  | "reply"
  | "verifyIdentity"
  | "verifyAuthority"
  | "route"
  | "workChecklist"
  | "resolve"
  | "waitForAnswer"
  | "waitForCustomer"
  | "waitForTasks";

/** The step, and the action that takes it when the reader may take it (else null). */
export interface SuggestedStep {
  step: NextStep;
  action: CaseAction | null;
}

export interface NextStepFacts {
  status: CaseStatus;
  assigned: boolean;
  identityVerified: boolean;
  /** A guardian or an agent asks: their authority to act needs verifying too. */
  authorityNeeded: boolean;
  authorityVerified: boolean;
  /** Stopping direct marketing needs no proof of identity. */
  directMarketing: boolean;
  /** A registered customer is confirmed for the case and the request has not been passed to it. */
  customerToRouteTo: boolean;
  /** The newest message on the case is the requester's. */
  requesterWroteLast: boolean;
  /** Checklist items left to tick by hand (those the tasks tick left out). */
  uncheckedItems: number;
  /** Tasks of the case still OPEN or FAILED: the request cannot be answered before they are finished. */
  unfinishedTasks?: number;
  /** The actions open to the person reading. */
  actions: readonly CaseAction[];
}

/**
 * The step an open case needs next, from its status and what has been done (docs/product-rules.md
 * "Lifecycle"), and the action that takes it when the reader may take it; null for a closed case. The
 * order is the order of the work: a case is taken, a new message is answered, the person is verified, a
 * request for a customer is passed on, the checklist is worked, the systems' tasks are finished, and the
 * request is answered.
 */
export function nextStep(facts: NextStepFacts): SuggestedStep | null {
  const open = (action: CaseAction) => (facts.actions.includes(action) ? action : null);
  switch (facts.status) {
    case "CLOSED":
      return null;
    case "UNVERIFIED":
      return { step: "waitForEmail", action: null };
    case "AWAITING_REQUESTER":
      return { step: "waitForAnswer", action: open("recordAnswer") };
    case "ROUTED":
      return { step: "waitForCustomer", action: open("manageRouting") };
    case "NEW":
    case "IN_PROGRESS":
      if (!facts.assigned) return { step: "assign", action: open("assign") };
      if (facts.requesterWroteLast) return { step: "reply", action: open("messageRequester") };
      if (!facts.identityVerified && !facts.directMarketing)
        return { step: "verifyIdentity", action: open("verifyIdentity") };
      if (facts.authorityNeeded && !facts.authorityVerified)
        return { step: "verifyAuthority", action: open("verifyIdentity") };
      if (facts.customerToRouteTo) return { step: "route", action: open("route") };
      if (facts.uncheckedItems > 0) return { step: "workChecklist", action: open("tickChecklist") };
      if ((facts.unfinishedTasks ?? 0) > 0) return { step: "waitForTasks", action: null };
      return { step: "resolve", action: open("resolve") };
  }
}
