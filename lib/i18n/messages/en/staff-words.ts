import type {
  ClosureOutcome,
  DenialReason,
  Regime,
  RequesterRelationship,
  RequestType,
} from "@/lib/db/generated/enums";
import type { StaffRole } from "@/lib/domain/auth/roles";
import type { VERIFICATION_METHODS } from "@/lib/domain/cases/case-forms";
import type { Locale } from "../../languages";

export const staffWords = {
  /** The staff area's names for values every staff page shows (the requester's pages have their own words). */
  labels: {
    types: {
      ACCESS: "Access",
      DELETION: "Deletion",
      CORRECTION: "Correction",
      OBJECTION: "Objection",
      WITHDRAWAL: "Consent withdrawal",
      GUARDIAN_INQUIRY: "Guardian inquiry",
      OTHER: "Other question",
    } satisfies Record<RequestType, string>,
    outcomes: {
      FULFILLED: "Fulfilled",
      PARTIALLY_FULFILLED: "Partially fulfilled",
      DENIED: "Denied",
      WITHDRAWN: "Withdrawn",
      EXPIRED: "Expired",
      TRANSFERRED_TO_CONTROLLER: "Transferred to the controller",
      DUPLICATE: "Duplicate",
    } satisfies Record<ClosureOutcome, string>,
    relationships: {
      SELF: "The person themselves",
      GUARDIAN: "A guardian for a minor",
      AUTHORIZED_AGENT: "An authorized agent",
    } satisfies Record<RequesterRelationship, string>,
    roles: {
      ADMIN: "Administrator",
      PRIVACY_OFFICER: "Privacy officer",
      ANALYST: "Analyst",
      AUDITOR: "Auditor",
    } satisfies Record<StaffRole, string>,
    regimes: {
      EU_GDPR: "EU GDPR",
      UK_GDPR: "UK GDPR",
      CN_PIPL: "China PIPL",
      US_CA_CCPA: "California CCPA",
      BR_LGPD: "Brazil LGPD",
      DEFAULT: "Company default",
    } satisfies Record<Regime, string>,
    denialReasons: {
      IDENTITY_NOT_VERIFIED: "Identity could not be verified",
      NO_DATA_FOUND: "No personal data found",
      MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: "Manifestly unfounded or excessive",
      COMPELLING_LEGITIMATE_GROUNDS: "Compelling legitimate grounds (objection)",
      LEGAL_EXEMPTION: "Legal exemption",
      OUTSIDE_SCOPE: "Outside the scope of the policy",
      OTHER: "Other",
    } satisfies Record<DenialReason, string>,
    verificationMethods: {
      ACCOUNT_MATCH: "Matched against the customer account",
      KNOWLEDGE_QUESTIONS: "Answered knowledge questions",
      DOCUMENT_CHECKED: "Identity document checked",
      SIGNED_AUTHORIZATION: "Signed authorization checked",
      COURT_OR_CIVIL_RECORD: "Birth certificate, court order or civil record checked",
      OTHER: "Other method",
    } satisfies Record<(typeof VERIFICATION_METHODS)[number], string>,
    /** A language as staff pick it for a person or a customer's contacts. */
    languages: { en: "English", zh: "Chinese (Simplified)" } satisfies Record<Locale, string>,
    yes: "Yes",
    no: "No",
    none: "—",
    utc: "{time} UTC",
  },
} as const;
