import type { OutboxStatus } from "@/lib/db/generated/enums";
import type { StaffRole } from "@/lib/domain/auth/roles";
import type { DenialReasonCode } from "@/lib/domain/cases/denial";
import type { RegimeCode } from "@/lib/domain/deadlines/policies";
import type { Audience } from "@/lib/email/templates/types";

/**
 * Every email's wording (one sub-object per template, named after it in camelCase: `label` is its name
 * on the settings page and the case timeline), and the email settings pages. Links, codes and
 * references are arguments: they stay as data in every language.
 */
export const emails = {
  emails: {
    audiences: { Requester: "Requester", Customer: "Customer", Owner: "System owner", Staff: "Staff" } satisfies Record<Audience, string>,
    staffTestEmail: {
      label: "Test email",
      subject: "Rightsdesk test email",
      body: "This is a test email sent by {requestedBy} from Rightsdesk.",
      works: "If you can read it, mail delivery works.",
    },
    staffDeadlineReminder: {
      label: "Deadline reminder",
      subjectOverdue: "OVERDUE: {reference} was due {dueDate}",
      bodyOverdue: "Case {reference} passed its legal deadline ({dueDate}).",
      subjectDue: "{reference} is due within {days, number} days ({dueDate})",
      bodyDue: "Case {reference} is due on {dueDate}.",
    },
    staffInvitation: {
      label: "Staff invitation",
      subject: "You are invited to Rightsdesk",
      greeting: "Hello {name},",
      body: "{invitedByName} invited you to Rightsdesk as {role}. Set your password here:",
      /** The role as it reads inside the sentence above. */
      roles: {
        ADMIN: "administrator",
        PRIVACY_OFFICER: "privacy officer",
        ANALYST: "analyst",
        AUDITOR: "auditor",
      } satisfies Record<StaffRole, string>,
      expiry: "The link works once, for 72 hours. If you did not expect this invitation, ignore this email.",
    },
    staffAssignment: {
      label: "Case assigned",
      subject: "{reference} was assigned to you",
      body: "{assignedByName} assigned case {reference} to you.",
    },
    staffDailyDigest: {
      label: "Daily digest",
      subjectOverdue: "Rightsdesk {day}: {overdue, number} overdue, {dueThisWeek, number} due this week",
      subjectQuiet: "Rightsdesk {day}: {dueThisWeek, number} due this week, {unassigned, number} unassigned",
      intro: "Open cases on {day} (UTC).",
      overdue: "Overdue: {count, number}",
      dueThisWeek: "Due within 7 days: {count, number}",
      unassigned: "Unassigned: {count, number}",
      more: "… and {count, number} more",
    },
    requesterAcknowledgement: {
      label: "Request received (acknowledgement)",
      subject: "We received your request {reference}",
      received: "We received your request about your personal data. Its reference is {reference}.",
      dueDate:
        "We will answer by {dueDate}. If we need to confirm your identity or need more information, we will contact you.",
      statusLink:
        "Follow your request, answer our questions or withdraw it at this private link (do not share it): {url}",
    },
    requesterExtensionNotice: {
      label: "Deadline extended",
      subject: "More time is needed for your request {reference}",
      body: "We need more time to answer your request {reference}.",
      reason: "The reason: {reason}",
      newDueDate: "We will answer by {newDueDate} at the latest.",
    },
    requesterVerification: {
      label: "Confirm your email address",
      subject: "Please confirm your email address",
      intro: "We received a request about personal data. Confirm your email address with this link:",
      code: "or enter this code on the page: {code}",
      expiry: "The link and the code work for 24 hours. If you did not make this request, ignore this email.",
    },
    requesterExpired: {
      label: "Unconfirmed request closed",
      subject: "Your unconfirmed request was closed",
      body: "The request about personal data sent from this address was not confirmed within 7 days, so it was closed and its details deleted.",
      again: "If you still want to make it, please submit it again: {url}",
    },
    requesterWithdrawn: {
      label: "Withdrawal confirmed",
      subject: "You withdrew your request {reference}",
      body: "Your request {reference} was withdrawn as you asked. We will not work on it any further.",
    },
    requesterStatusLinks: {
      label: "Status links sent again",
      subject: "New links to your requests",
      intro: "Here are new private links to your requests (do not share them):",
      link: "{reference}: {url}",
      earlier: "Earlier links to these requests no longer work.",
    },
    requesterNewMessage: {
      label: "New message on the status page",
      subject: "New message about your request {reference}",
      body: "We left you a message about your request {reference}. Open the private link we sent you to read it.",
      bodyAnswerNeeded:
        "We left you a message about your request {reference}. Open the private link we sent you to read it and answer. Until you answer, the time limit is paused.",
      lostLink: "Lost the link? Get a new one at {url}",
    },
    requesterResolved: {
      label: "Request answered",
      subject: "Your request {reference} is answered",
      outcomes: {
        FULFILLED: "We have completed your request {reference}.",
        PARTIALLY_FULFILLED: "We have completed part of your request {reference}.",
        DUPLICATE: "Your request {reference} repeats request {duplicateOf}; we answer you there.",
      },
      status: "See its status at {url}",
    },
    requesterDenied: {
      label: "Request denied",
      subject: "We cannot fulfil your request {reference}",
      body: "We are sorry: we cannot fulfil your request {reference} because {reason}.",
      reasons: {
        IDENTITY_NOT_VERIFIED: "we could not verify your identity",
        NO_DATA_FOUND: "we hold no personal data about you",
        MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: "the request is manifestly unfounded or excessive",
        COMPELLING_LEGITIMATE_GROUNDS: "we have compelling legitimate grounds for the processing",
        LEGAL_EXEMPTION: "a legal exemption applies",
        OUTSIDE_SCOPE: "the request is outside the scope of our privacy policy",
        OTHER: "of the reasons below",
      } satisfies Record<DenialReasonCode, string>,
      text: "Our reasons: {text}",
      /** Where a refused requester can turn, by regime (GDPR art. 12(4); PIPL art. 50; CCPA; LGPD art. 18). */
      remedies: {
        EU_GDPR:
          "You may lodge a complaint with a data protection supervisory authority and seek a judicial remedy in court.",
        UK_GDPR: "You may complain to the Information Commissioner's Office (ICO) and seek a judicial remedy in court.",
        CN_PIPL:
          "You may complain to the authorities that protect personal information and bring a lawsuit before a people's court.",
        US_CA_CCPA: "You may contact the California Privacy Protection Agency or the California Attorney General.",
        BR_LGPD: "You may petition the National Data Protection Authority (ANPD) and seek a remedy in court.",
        DEFAULT:
          "You may complain to the data protection supervisory authority where you live and seek a judicial remedy in court.",
      } satisfies Record<RegimeCode, string>,
      authority: "The supervisory authority responsible for us: {authority}.",
      complaintContact: "You may also send us a complaint: {contact}",
    },
    requesterRouted: {
      label: "Request passed to the business customer",
      subject: "Your request {reference} was passed to {customerName}",
      body: "The data your request {reference} is about is controlled by our business customer {customerName}; we only process it for them. We delivered your request to {customerName}, who decides on it.",
      contacts: "You can reach {customerName} at {contacts}.",
      noContacts: "You can contact {customerName} directly.",
      status: "We keep your status page up to date: {url}",
    },
    requesterRoutingUpdate: {
      label: "News from the business customer",
      subject: "News about your request {reference}",
      states: {
        ACKNOWLEDGED: "{customerName} acknowledged your request {reference} and will decide on it.",
        COMPLETED_BY_CONTROLLER: "{customerName} told us they completed your request {reference}.",
        DECLINED_BY_CONTROLLER:
          "{customerName} told us the request is not theirs to answer. We keep working on your request {reference} and will tell you the outcome.",
      },
      status: "Your status page: {url}",
    },
    customerRoutedRequest: {
      label: "Routed request (to the customer)",
      subject: "Data-subject request {reference} for {customerName}",
      body: "We process personal data on behalf of {customerName}. A person asked us to act on their rights over data that {customerName} controls, so we pass the request to you to decide on it (our privacy policy, section 6.4).",
      link: "Open the request (link valid until {expiresOn}): {url}",
      options:
        "On that page you can acknowledge it, report the outcome, or tell us it is not your data subject or not your customer. We will help with anything you need from our side.",
    },
    customerRoutingReminder: {
      label: "Routing reminder (to the customer)",
      subject: "Reminder: data-subject request {reference} awaits {customerName}",
      body: "On {sentOn} we passed you a data-subject request ({reference}) about data {customerName} controls. It has not been acknowledged yet.",
      options:
        "Please open the link in our first email and acknowledge the request, report its outcome, or decline it. If the link is lost or expired, reply to this email and we will send a new one.",
    },
    staffRoutingAlert: {
      label: "Routing alert",
      subjectDeclined: "{customerName} declined {reference}",
      bodyDeclined:
        "{customerName} declined the routed request {reference}. The case is back in progress for you to act.",
      subjectEscalation: "ESCALATION: {customerName} has not acknowledged {reference}",
      bodyEscalation:
        "{customerName} has not acknowledged the routed request {reference} after {days, number} business days.",
      bodyEscalationNoDays:
        "{customerName} has not acknowledged the routed request {reference} after several business days.",
    },

    taskAssigned: {
      label: "Task for a system (to its owners)",
      subject: "Data-subject request {reference}: a task for {systemName}",
      body: "A person asked us to act on their rights over personal data, and {systemName}, which you look after, holds some of it. Its part is to {kind}, by {dueDate}.",
      kinds: {
        ACCESS: "export the person's data",
        DELETION: "delete the person's data",
        CORRECTION: "correct the person's data",
        OBJECTION: "stop a processing the person objects to",
        WITHDRAWAL: "stop a processing whose consent was withdrawn",
        GUARDIAN_INQUIRY: "look into a guardian's inquiry",
        OTHER: "look into the request",
      },
      link: "Open the task (link valid until {expiresOn}): {url}",
      options:
        "On that page you see exactly what to do and report it done (with the export files for an access), not applicable or not possible. Please do not forward this email: the link is for the system's owners.",
    },
    taskReminder: {
      label: "Task reminder (to a system's owners)",
      subject: "Reminder: the task for {systemName} on {reference} is still open",
      body: "On {sentOn} we asked for {systemName}'s part of the data-subject request {reference}. It is still open, and the request is due on {dueDate}.",
      outside:
        "Please open the link in our first email and report what was done. If the link is lost or expired, reply to this email and we will send a new one.",
      staff: "You find it under My tasks: {url}",
    },
    taskEscalated: {
      label: "Task escalation",
      subject: "ESCALATION: the task for {systemName} on {reference} is still open",
      body: "{systemName}'s task on the request {reference} is still not done after {days, number} business days.",
    },

    /** Settings > Email: delivery, the outbox and the development mailbox. */
    delivery: {
      title: "Email",
      smtp: "Mail is delivered through the configured SMTP server.",
      noSmtp: "No SMTP server is configured: mail is kept in the development mailbox below.",
      test: "Test delivery",
      outbox: "Outbox",
      statuses: { PENDING: "pending", SENDING: "sending", SENT: "sent", FAILED: "failed" } satisfies Record<
        OutboxStatus,
        string
      >,
      failed: "Gave up after retrying",
      columns: { template: "Email", to: "To", attempts: "Attempts", lastError: "Last error", actions: "Actions" },
      retry: "Retry",
      retried: "Queued again.",
      testQueued: "Test email queued. It appears below once the worker has delivered it.",
      mailbox: "Development mailbox",
      noMail: "No mail yet.",
      mailTo: "To {to} · {date}",
    },

    /** Settings > Email texts: the administrators' subject and paragraphs around each email. */
    texts: {
      title: "Email texts",
      intro:
        "Replace an email's subject and add a paragraph before and after its own text, in each of its languages. Texts may quote the email's details as placeholders, such as {example}. Emails are put together when they are sent, so new texts apply to every email sent from now on, including those already waiting in the outbox. Links, codes and legal wording stay as the email writes them.",
      email: "Email",
      audienceGroups: {
        Requester: "To the requester",
        Customer: "To the customer",
        Owner: "To a system's owners",
        Staff: "To staff",
      } satisfies Record<Audience, string>,
      customized: "{label} (customized)",
      open: "Open",
      audienceAndLanguages: {
        Requester: "to the requester, English and Chinese",
        Customer: "to the customer, English and Chinese",
        Owner: "to a system's owners, English and Chinese",
        Staff: "to staff, English and Chinese",
      } satisfies Record<Audience, string>,
      languages: { en: "English", zh: "简体中文 (Chinese)" },
      fields: { subject: "Subject", intro: "Opening paragraph", closing: "Closing paragraph" },
      placeholders: "Placeholders: {names}. Leave a text empty to keep the email's own wording.",
      noPlaceholders: "This email offers no placeholders. Leave a text empty to keep the email's own wording.",
      preview: "Preview",
      save: "Save texts",
      saved: "Saved. Emails sent from now on use these texts.",
      previewHeading: "Preview with a sample email",
      previewHeadingDenial: "Preview with a sample denial (and the organization's details)",
      now: "Now",
      after: "After your edit",
    },

    /** One rendered email on the settings pages. */
    preview: {
      subject: "Subject:",
      plainText: "Plain text",
      html: "HTML",
      frameTitle: "{title}: HTML part",
    },
  },
} as const;
