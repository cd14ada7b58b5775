/**
 * The case lifecycle (docs/product-rules.md "Lifecycle"): which workflow action is open in which
 * status, who may take it and where it leads. Pure: the use-cases and the case page both ask these functions, so the
 * buttons shown and the checks made cannot drift apart.
 */
import { CaseStatus } from "@/lib/db/generated/enums";
import { can, type Permission, type StaffRole } from "@/lib/domain/auth/roles";
import { type Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** The statuses of the database enum (prisma/schema.prisma), in its order. */
export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);
export type CaseStatusCode = CaseStatus;

export const OPEN_STATUSES = [
  "NEW",
  "IN_PROGRESS",
  "AWAITING_REQUESTER",
  "ROUTED",
] as const satisfies readonly CaseStatusCode[];

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
 * The permission each action needs; who holds it is said once, in PERMISSIONS (lib/domain/auth/roles.ts).
 * Analysts work cases but denial, extension and reopening are a privacy officer's decisions; auditors
 * change nothing.
 */
export const ACTION_PERMISSIONS = {
  assign: "cases:work",
  verifyIdentity: "cases:work",
  requestInformation: "cases:work",
  recordAnswer: "cases:work",
  messageRequester: "cases:work",
  extend: "deadlines:extend",
  resolve: "cases:work",
  deny: "cases:decide",
  markDuplicate: "cases:work",
  reopen: "cases:decide",
  addNote: "cases:work",
  tickChecklist: "cases:work",
  route: "cases:work",
  manageRouting: "cases:work",
  closeTransferred: "cases:work",
} as const satisfies Record<CaseAction, Permission>;

/** Whether this role may take this action at all (the case's status and assignee aside). */
export function roleMayTake(role: StaffRole, action: CaseAction): boolean {
  return can(role, ACTION_PERMISSIONS[action]);
}

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

/** Why not, as a catalogue key (`problems.…`) and its arguments, worded where it is shown. */
export type Refusal =
  | {
      allowed: false;
      reason:
        | "problems.roleNotAllowed"
        | "problems.caseAssignedElsewhere"
        | "problems.caseAnonymized"
        | "problems.expiredNeverConfirmed";
    }
  | { allowed: false; reason: `problems.notWhile.${CaseStatusCode}` }
  | { allowed: true };

/** Whether this actor may take this action on this case now, and if not, why (shown to the user). */
export function checkAction(action: CaseAction, actor: { id: string; role: StaffRole }, facts: CaseFacts): Refusal {
  if (!roleMayTake(actor.role, action)) return { allowed: false, reason: "problems.roleNotAllowed" };
  if (!canSeeCase(actor, facts.assigneeId)) return { allowed: false, reason: "problems.caseAssignedElsewhere" };
  if (!OPEN_IN[action].includes(facts.status)) {
    return { allowed: false, reason: `problems.notWhile.${facts.status}` };
  }
  if (action === "reopen" && facts.anonymized) {
    return { allowed: false, reason: "problems.caseAnonymized" };
  }
  if (action === "reopen" && facts.outcome === "EXPIRED") {
    return { allowed: false, reason: "problems.expiredNeverConfirmed" };
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

/** A status as staff read it, from the catalogue (the requester's page has its own words: `statuses`). */
export function statusLabel(status: CaseStatusCode, locale: Locale): string {
  return translatorFor(locale)(`caseTimeline.statuses.${status}`);
}
