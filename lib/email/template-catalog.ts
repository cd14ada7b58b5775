import type { TemplateName } from "./templates";
import type { EmailLocale } from "./templates/types";

export interface TemplateEntry {
  label: string;
  /** Who receives it. */
  audience: "Requester" | "Customer" | "Staff";
  /** The languages it is written in: staff and customer emails are English only. */
  locales: readonly EmailLocale[];
  /** A made-up payload for the settings page's preview (no real person's data, no working link). */
  sample: Record<string, unknown>;
}

const BOTH = ["en", "zh"] as const;
const ENGLISH = ["en"] as const;
const REFERENCE = "DSR-2026-000123";
const TOKEN = "sample-link-token-for-the-preview-only";

/** Every template, as the settings page lists and previews it. A test keeps it complete and each sample valid. */
export const TEMPLATE_CATALOG: Record<TemplateName, TemplateEntry> = {
  "requester-verification": {
    label: "Confirm your email address",
    audience: "Requester",
    locales: BOTH,
    sample: { token: TOKEN, code: "123456" },
  },
  "requester-acknowledgement": {
    label: "Request received (acknowledgement)",
    audience: "Requester",
    locales: BOTH,
    sample: { reference: REFERENCE, dueDate: "2026-12-18", statusToken: TOKEN },
  },
  "requester-new-message": {
    label: "New message on the status page",
    audience: "Requester",
    locales: BOTH,
    sample: { reference: REFERENCE, answerNeeded: true },
  },
  "requester-extension-notice": {
    label: "Deadline extended",
    audience: "Requester",
    locales: BOTH,
    sample: {
      reference: REFERENCE,
      newDueDate: "2027-02-18",
      reason: "Your request covers several systems and takes longer to collect.",
    },
  },
  "requester-resolved": {
    label: "Request answered",
    audience: "Requester",
    locales: BOTH,
    sample: { reference: REFERENCE, outcome: "FULFILLED", summary: "We corrected your postal address in our records." },
  },
  "requester-denied": {
    label: "Request denied",
    audience: "Requester",
    locales: BOTH,
    sample: {
      reference: REFERENCE,
      reason: "NO_DATA_FOUND",
      text: "We searched our customer and marketing systems and found no data linked to this address.",
      regime: "EU_GDPR",
    },
  },
  "requester-withdrawn": {
    label: "Withdrawal confirmed",
    audience: "Requester",
    locales: BOTH,
    sample: { reference: REFERENCE },
  },
  "requester-expired": {
    label: "Unconfirmed request closed",
    audience: "Requester",
    locales: BOTH,
    sample: {},
  },
  "requester-status-links": {
    label: "Status links sent again",
    audience: "Requester",
    locales: BOTH,
    sample: { links: [{ reference: REFERENCE, statusToken: TOKEN }] },
  },
  "requester-routed": {
    label: "Request passed to the business customer",
    audience: "Requester",
    locales: BOTH,
    sample: { reference: REFERENCE, customerName: "Example Cloud Ltd", customerContacts: ["privacy@example.com"] },
  },
  "requester-routing-update": {
    label: "News from the business customer",
    audience: "Requester",
    locales: BOTH,
    sample: { reference: REFERENCE, customerName: "Example Cloud Ltd", state: "ACKNOWLEDGED" },
  },
  "customer-routed-request": {
    label: "Routed request (to the customer)",
    audience: "Customer",
    locales: ENGLISH,
    sample: { reference: REFERENCE, customerName: "Example Cloud Ltd", token: TOKEN, expiresAt: "2026-12-18" },
  },
  "customer-routing-reminder": {
    label: "Routing reminder (to the customer)",
    audience: "Customer",
    locales: ENGLISH,
    sample: { reference: REFERENCE, customerName: "Example Cloud Ltd", sentOn: "2026-11-16" },
  },
  "staff-assignment": {
    label: "Case assigned",
    audience: "Staff",
    locales: ENGLISH,
    sample: { reference: REFERENCE, caseId: "00000000-0000-4000-8000-000000000000", assignedByName: "Sam Officer" },
  },
  "staff-deadline-reminder": {
    label: "Deadline reminder",
    audience: "Staff",
    locales: ENGLISH,
    sample: {
      reference: REFERENCE,
      caseId: "00000000-0000-4000-8000-000000000000",
      threshold: "DUE_IN_7",
      dueDate: "2026-12-18",
    },
  },
  "staff-routing-alert": {
    label: "Routing alert",
    audience: "Staff",
    locales: ENGLISH,
    sample: {
      reference: REFERENCE,
      caseId: "00000000-0000-4000-8000-000000000000",
      customerName: "Example Cloud Ltd",
      reason: "NOT_ACKNOWLEDGED",
      days: 10,
    },
  },
  "staff-daily-digest": {
    label: "Daily digest",
    audience: "Staff",
    locales: ENGLISH,
    sample: {
      day: "2026-11-16",
      dueThisWeek: { count: 2, references: [REFERENCE, "DSR-2026-000124"] },
      overdue: { count: 0, references: [] },
      unassigned: { count: 1, references: ["DSR-2026-000125"] },
    },
  },
  "staff-invitation": {
    label: "Staff invitation",
    audience: "Staff",
    locales: ENGLISH,
    sample: { name: "Alex Analyst", role: "ANALYST", invitedByName: "Sam Admin", token: TOKEN },
  },
  "staff-test-email": {
    label: "Test email",
    audience: "Staff",
    locales: BOTH,
    sample: { requestedBy: "Sam Admin" },
  },
};
