import { Role } from "@/lib/db/generated/enums";

/**
 * Staff roles and what each may do. Anything not listed here is refused (fail closed). The roles are the
 * database enum's (prisma/schema.prisma), in its order.
 */
export const ROLES: readonly Role[] = Object.values(Role);
export type StaffRole = Role;

export const PERMISSIONS = {
  "cases:read": ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
  "cases:work": ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
  /** Denying a request and reopening a closed case are a privacy officer's decisions, not an analyst's. */
  "cases:decide": ["ADMIN", "PRIVACY_OFFICER"],
  /** Extending a legal deadline is a privacy officer's decision, not an analyst's. */
  "deadlines:extend": ["ADMIN", "PRIVACY_OFFICER"],
  "mail:read": ["ADMIN"],
  "mail:send-test": ["ADMIN"],
  "outbox:manage": ["ADMIN"],
  "users:manage": ["ADMIN"],
  "calendars:manage": ["ADMIN"],
  /** Service settings, such as the routing clock's business days. */
  "settings:manage": ["ADMIN"],
  /** Retention settings and the dry run of what the next retention run anonymizes. */
  "retention:manage": ["ADMIN"],
  /** A legal hold stops retention on a case (litigation, a regulator's inquiry): an officer's decision. */
  "cases:hold": ["ADMIN", "PRIVACY_OFFICER"],
  /** The cloud-customer registry: officers keep it, everyone who reads cases may look names up. */
  "customers:manage": ["ADMIN", "PRIVACY_OFFICER"],
  "customers:read": ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
  /** The registry of systems holding personal data (fulfilment): officers keep it, every staff role reads it. */
  "systems:manage": ["ADMIN", "PRIVACY_OFFICER"],
  "systems:read": ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
  /** Aggregate reports and the yearly transparency summary: counts and times, no personal data. */
  "reports:read": ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
  /** The request register lists every case, beyond an analyst's own and unassigned ones. */
  "reports:register": ["ADMIN", "PRIVACY_OFFICER", "AUDITOR"],
  /**
   * /api/health's full report (version, backend, pending migrations, outbox counts): administrators run the
   * service, privacy officers answer for notices reaching requesters (a stuck outbox), auditors review it.
   */
  "health:read": ["ADMIN", "PRIVACY_OFFICER", "AUDITOR"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, permission: Permission): boolean {
  if (!isRole(role)) return false;
  const allowed: readonly StaffRole[] | undefined = PERMISSIONS[permission];
  return allowed?.includes(role) ?? false;
}

