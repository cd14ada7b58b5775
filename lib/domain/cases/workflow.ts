/**
 * The case lifecycle (docs/product-rules.md "Lifecycle"): which workflow action is open in which
 * status, who may take it and where it leads. Pure: the use-cases and the case page both ask these functions, so the
 * buttons shown and the checks made cannot drift apart.
 */
import type { StaffRole } from "@/lib/domain/auth/roles";

export const CASE_STATUSES = ["UNVERIFIED", "NEW", "IN_PROGRESS", "AWAITING_REQUESTER", "ROUTED", "CLOSED"] as const;
export type CaseStatusCode = (typeof CASE_STATUSES)[number];

export const OPEN_STATUSES = ["NEW", "IN_PROGRESS", "AWAITING_REQUESTER", "ROUTED"] as const satisfies readonly CaseStatusCode[];

export const CASE_ACTIONS = [
  "assign",
  "verifyIdentity",
  "requestInformation",
  "recordAnswer",
  "messageRequester",
  "extend",
  "resolve",
  "deny",
  "markDuplicate",
  "reopen",
  "addNote",
  "tickChecklist",
  "route",
  "manageRouting",
  "closeTransferred",
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

const WORKING = ["NEW", "IN_PROGRESS", "AWAITING_REQUESTER"] as const;

/** In which statuses each action is open. */
const OPEN_IN: Record<CaseAction, readonly CaseStatusCode[]> = {
  assign: [...WORKING, "ROUTED"],
  verifyIdentity: WORKING,
  requestInformation: ["NEW", "IN_PROGRESS"],
  recordAnswer: ["AWAITING_REQUESTER"],
  messageRequester: [...WORKING, "ROUTED"],
  extend: [...WORKING, "ROUTED"],
  resolve: ["NEW", "IN_PROGRESS"],
  deny: WORKING,
  markDuplicate: WORKING,
  reopen: ["CLOSED"],
  addNote: CASE_STATUSES,
  tickChecklist: [...WORKING, "ROUTED"],
  /**
   * To the customer confirmed on the case (the controller). Another customer instead: revoke the link,
   * confirm the other customer, route again (the confirmation is its own audited step).
   */
  route: ["NEW", "IN_PROGRESS"],
  manageRouting: ["ROUTED"],
  closeTransferred: ["ROUTED"],
};

/**
 * Who may take each action. Analysts work cases but denial, extension and reopening are a privacy
 * officer's decisions; auditors change nothing.
 */
export const ACTION_ROLES: Record<CaseAction, readonly StaffRole[]> = {
  assign: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  verifyIdentity: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  requestInformation: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  recordAnswer: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  messageRequester: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  extend: ["ADMIN", "PRIVACY_OFFICER"],
  resolve: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  deny: ["ADMIN", "PRIVACY_OFFICER"],
  markDuplicate: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  reopen: ["ADMIN", "PRIVACY_OFFICER"],
  addNote: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  tickChecklist: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  route: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  manageRouting: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  closeTransferred: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
};

export interface CaseFacts {
  status: CaseStatusCode;
  outcome: string | null;
  assigneeId: string | null;
  /** Retention removed its personal data: there is nothing left to work on. */
  anonymized?: boolean;
}

/**
 * Whether a staff member may see a case at all: analysts see the cases assigned to them and the
 * unassigned ones; every other role sees all cases.
 */
export function canSeeCase(actor: { id: string; role: StaffRole }, assigneeId: string | null): boolean {
  if (actor.role !== "ANALYST") return true;
  return assigneeId === null || assigneeId === actor.id;
}

export type Refusal = { allowed: false; reason: string } | { allowed: true };

/** Whether this actor may take this action on this case now, and if not, why (shown to the user). */
export function checkAction(action: CaseAction, actor: { id: string; role: StaffRole }, facts: CaseFacts): Refusal {
  if (!ACTION_ROLES[action].includes(actor.role)) return { allowed: false, reason: "Your role does not allow this." };
  if (!canSeeCase(actor, facts.assigneeId)) return { allowed: false, reason: "This case is assigned to someone else." };
  if (!OPEN_IN[action].includes(facts.status)) {
    return { allowed: false, reason: `Not possible while the case is ${statusLabel(facts.status).toLowerCase()}.` };
  }
  if (action === "reopen" && facts.anonymized) {
    return { allowed: false, reason: "Its personal data was removed under the retention policy." };
  }
  if (action === "reopen" && facts.outcome === "EXPIRED") {
    return { allowed: false, reason: "An expired request was never confirmed and its data is purged." };
  }
  return { allowed: true };
}

export function availableActions(actor: { id: string; role: StaffRole }, facts: CaseFacts): CaseAction[] {
  return CASE_ACTIONS.filter((action) => checkAction(action, actor, facts).allowed);
}

/** Starting any work on a new case moves it to IN_PROGRESS; other statuses stay as they are. */
export function statusAfterWork(status: CaseStatusCode): CaseStatusCode {
  return status === "NEW" ? "IN_PROGRESS" : status;
}

const STATUS_LABELS: Record<CaseStatusCode, string> = {
  UNVERIFIED: "Unverified",
  NEW: "New",
  IN_PROGRESS: "In progress",
  AWAITING_REQUESTER: "Awaiting requester",
  ROUTED: "Routed to customer",
  CLOSED: "Closed",
};

export function statusLabel(status: CaseStatusCode): string {
  return STATUS_LABELS[status];
}
