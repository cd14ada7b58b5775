import type { CaseStatus, ClosureOutcome, OutboxStatus } from "@/lib/db/generated/enums";
import type { NextStep } from "@/lib/domain/cases/next-step";

export const casePage = {
  nextStep: {
    heading: "{title}: ",
    title: "Next step",
    steps: {
      waitForEmail: "Wait for the requester to confirm their email address",
      assign: "Assign the case",
      reply: "Reply to the requester",
      verifyIdentity: "Verify identity",
      verifyAuthority: "Verify the authority to act for the person",
      route: "Pass the request to the customer",
      workChecklist: "Work through the checklist",
      resolve: "Answer the request",
      waitForAnswer: "Wait for the requester's answer (record it here if it came by email or post)",
      waitForCustomer: "Wait for the customer to answer",
    } satisfies Record<NextStep, string>,
    go: "Go to the form",
  },
  caseTimeline: {
    title: "Timeline",
    messageToRequester: "Message to the requester · {staff}",
    staff: "staff",
    messageFromRequester: "Message from the requester",
    internalNote: "Internal note · {author}",
    actors: { REQUESTER: "The requester", SYSTEM: "Rightsdesk", CUSTOMER: "The customer", STAFF: "A staff member" },
    /** One sentence per event type; {actor} is who did it, {assignee} the staff member given the case. */
    sentences: {
      case: {
        submitted: "The requester sent the request",
        logged: "{actor} logged a request received by email, post or phone",
        email_verified: "The requester confirmed their email address",
        verification_resent: "A new confirmation email went to the requester",
        assigned: {
          other: "{actor} assigned the case to {assignee}",
          self: "{actor} took the case",
          none: "{actor} left the case unassigned",
        },
        identity_verified: "{actor} recorded the requester's identity as verified",
        authority_verified: "{actor} recorded the authority to act for the person as verified",
        answer_recorded: "{actor} recorded the requester's answer",
        closed: "{actor} closed the case: {outcome}",
        reopened: "{actor} reopened the case",
        withdrawn: "The requester withdrew the request",
        expired: "The request closed: the email address was never confirmed",
        routed: "{actor} passed the request to the customer",
        anonymized: "Personal data was removed under the retention policy",
        uploads_deleted: "Documents were deleted under the retention policy",
        legal_hold_placed: "{actor} placed a legal hold",
        legal_hold_lifted: "{actor} lifted the legal hold",
        audit_exported: "{actor} exported the case's history",
      },
      checklist: {
        ticked: "{actor} ticked a checklist item",
        unticked: "{actor} unticked a checklist item",
      },
      deadline: {
        extended: "{actor} extended the deadline",
        clock_paused: "{actor} asked the requester for information; the clock stopped",
        clock_resumed: "The requester answered; the clock runs again",
        clock_restarted: "Proof of identity arrived; the clock started again",
        reminder_queued: "A deadline reminder went to staff",
      },
      message: {
        to_requester: "{actor} wrote to the requester",
        from_requester: "The requester wrote",
      },
      note: {
        added: "{actor} added an internal note",
      },
      requester: {
        revealed: "{actor} revealed the requester's contact details",
        searched: "{actor} found the case by the requester's email address",
      },
      routing: {
        acknowledge: "The customer acknowledged the request",
        complete: "The customer reported the request completed",
        decline: "The customer declined the request",
        reminded: "The customer was reminded",
        escalated: "The customer has not answered: the routing came back to staff",
        resent: "{actor} sent the customer a new link",
        revoked: "{actor} revoked the customer's link",
        requester_revealed: "The customer opened the requester's contact details",
      },
      status_link: {
        resent: "New status links went to the requester",
        revoked: "The requester stopped a status link",
      },
      upload: {
        opened: "{actor} opened a document",
      },
      email: {
        retry_requested: "{actor} asked for an email to be sent again",
      },
    },
    /** An event type without a sentence of its own. */
    other: "{actor}: {type}",
    fields: {
      status: "Status",
      outcome: "Outcome",
      assigneeId: "Assignee",
      denialReason: "Reason",
      customerId: "Customer",
      legalHold: "Legal hold",
    },
    change: "{field}: {from} → {to}",
    nobody: "nobody",
    none: "—",
    statuses: {
      UNVERIFIED: "Unverified",
      NEW: "New",
      IN_PROGRESS: "In progress",
      AWAITING_REQUESTER: "Awaiting requester",
      ROUTED: "Routed to customer",
      CLOSED: "Closed",
    } satisfies Record<CaseStatus, string>,
    outcomes: {
      FULFILLED: "fulfilled",
      PARTIALLY_FULFILLED: "partially fulfilled",
      DENIED: "denied",
      WITHDRAWN: "withdrawn",
      EXPIRED: "expired",
      TRANSFERRED_TO_CONTROLLER: "transferred to the customer",
      DUPLICATE: "a duplicate",
    } satisfies Record<ClosureOutcome, string>,
    email: "Email to {to}: {template} ({status})",
    emailStatuses: { PENDING: "queued", SENDING: "sending", SENT: "sent", FAILED: "failed" } satisfies Record<
      OutboxStatus,
      string
    >,
    raw: "The event as recorded",
  },
} as const;
