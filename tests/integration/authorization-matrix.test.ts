// First: it prepares the runtime Next's request scope needs (see the file).
import { inRequestScope, sessionCookieFor } from "../support/request-scope";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import type { StaffRole } from "@/lib/auth/roles";
import type * as nextHeaders from "next/headers";
import type * as appErrors from "@/lib/errors/app-error";
import { logCase } from "../support/log-case";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { correctionRequest, PDF_BYTES } from "../support/requests";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The authorization matrix: every staff entry point (server action, page, layout, route handler) called
 * by every role and by an anonymous visitor, against one table of who must get through. The table is
 * written out by hand from the product's roles, on purpose not built from PERMISSIONS or ACTION_PERMISSIONS
 * (that would only test the code against itself). The app folder is scanned too: an entry point missing
 * from the table, or a table row naming something that no longer exists, fails the run.
 *
 * Outcomes: "401" is a 401 response, a redirect to /sign-in or an UNAUTHENTICATED error; "403" is a 403
 * response, a redirect to /forbidden or a FORBIDDEN error (thrown, or returned as a form's message);
 * anything else, a validation error, a conflict or a 404 included, got past the permission checks.
 */

// Every AppError the app constructs while a call runs, so a form action's returned message can be traced
// to its code (a FORBIDDEN error becomes a plain message in the form state).
const thrown = vi.hoisted(() => ({ errors: [] as { code: string; message: string }[] }));
vi.mock("@/lib/errors/app-error", async (importOriginal) => {
  const original = await importOriginal<typeof appErrors>();
  // The form words the error (its message is a key) in the caller's language: English for every caller here.
  const { translatorFor } = await import("@/lib/i18n/translator");
  class RecordedAppError extends original.AppError {
    constructor(...args: ConstructorParameters<typeof original.AppError>) {
      super(...args);
      thrown.errors.push({ code: this.code, message: translatorFor("en")(this.key, this.values as never) });
    }
  }
  return { ...original, AppError: RecordedAppError };
});

// Auth.js signOut() writes its cookies through next/headers cookies(), which needs the mutable cookie
// store of a real server action request: a jar that records what is set stands in for it.
const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string }[] }));
vi.mock("next/headers", async (importOriginal) => {
  const original = await importOriginal<typeof nextHeaders>();
  const cookies = () =>
    Promise.resolve({
      get: () => undefined,
      getAll: () => [],
      has: () => false,
      set: (name: string, value: string) => void jar.set.push({ name, value }),
      delete: (name: string) => void jar.set.push({ name, value: "" }),
    });
  return { ...original, cookies };
});

type Caller = StaffRole | "anonymous";
const CALLERS: readonly Caller[] = ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR", "anonymous"];

/** What the tests act on, created once. */
interface Fixtures {
  caseId: string;
  reference: string;
  uploadId: string;
}

interface StaffEntry {
  /** The roles that must get through; every other role is refused (403) and anonymous callers get 401. */
  allow: readonly StaffRole[];
  /** Server actions: the form's fields. Chosen so that an allowed call stops at validation or a conflict. */
  form?: (f: Fixtures) => Record<string, string | string[]>;
  /** Pages and routes under a dynamic segment: its values. */
  params?: (f: Fixtures) => Record<string, string>;
  /** Route handlers taking a JSON body. */
  body?: unknown;
  /** Signing out: it gets through when it clears the session cookie (it needs no permission). */
  signsOut?: true;
}
interface PublicEntry {
  public: string;
}
type Entry = StaffEntry | PublicEntry;

const caseForm =
  (more: Record<string, string> = {}) =>
  (f: Fixtures) => ({ caseId: f.caseId, ...more });

/**
 * THE TABLE. Keys are `<file from the project root>#<export>`: actions by function name, pages and layouts by
 * `default`, route handlers by HTTP method.
 */
const MATRIX: Record<string, Entry> = {
  // Staff layout: the second line of defence after the proxy, for every page below it.
  "app/(staff)/layout.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  // Anyone signed in may sign out; without a session there is nothing to clear and it sends to sign-in.
  "lib/actions/staff/staff-session.ts#signOutAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    signsOut: true,
  },
  // Anyone signed in may dismiss the notice of failed sign-ins on their own account.
  "lib/actions/staff/staff-session.ts#dismissFailedSignInNoticeAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
  },

  // The case queue.
  "app/(staff)/cases/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "lib/actions/staff/case-queue.ts#bulkAssignAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: (f) => ({ caseIds: [f.caseId], assigneeId: "" }),
  },

  // Logging a request received by email or post.
  "app/(staff)/cases/new/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"] },
  "lib/actions/staff/log-request.ts#logRequestAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: () => ({}),
  },

  // The case page and its actions. The case stays new and unassigned: every allowed call below ends in
  // a validation error or a conflict, leaving it as it was; only the reveal goes through, an audited read.
  "app/(staff)/cases/[id]/page.tsx#default": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: (f) => ({ id: f.caseId }),
  },
  "lib/actions/staff/case.ts#assignAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm({ assigneeId: "" }),
  },
  "lib/actions/staff/case.ts#verifyIdentityAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/case.ts#messageRequesterAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm({ body: "" }),
  },
  "lib/actions/staff/case.ts#recordAnswerAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/case.ts#extendDeadlineAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: caseForm() },
  "lib/actions/staff/case.ts#resolveAction": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"], form: caseForm() },
  "lib/actions/staff/case.ts#denyAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: caseForm() },
  "lib/actions/staff/case.ts#markDuplicateAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/case.ts#reopenAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: caseForm() },
  "lib/actions/staff/case.ts#addNoteAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm({ body: "" }),
  },
  "lib/actions/staff/case.ts#tickChecklistAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  // Tasks on the case: the empty forms stop at their validation errors.
  "lib/actions/staff/tasks.ts#addCaseTaskAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/tasks.ts#recordTaskResultAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/tasks.ts#waiveTaskAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: caseForm() },
  // Routing to the cloud customer. The fixture case has no customer and is not routed: routing stops at
  // "confirm the customer first", the others at "not possible while the case is new".
  "lib/actions/staff/case.ts#routeToCustomerAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/case.ts#resendRoutingAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/case.ts#revokeRoutingAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/case.ts#closeAsTransferredAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  // Auditors may reveal too, with a reason (without one they stop at validation, which is getting through).
  "lib/actions/staff/case.ts#revealRequesterAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    form: caseForm(),
  },
  // A legal hold is an officer's decision; without a reason the call stops at validation, holding nothing.
  "lib/actions/staff/legal-hold.ts#setLegalHoldAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER"],
    form: caseForm(),
  },

  // The cloud-customer registry: everyone reads it, administrators and privacy officers change it. Empty
  // forms stop at validation (import: "choose a file"); the customer page is asked for a customer that
  // does not exist, which is a 404 once the permission check has passed.
  "app/(staff)/customers/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "app/(staff)/customers/new/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER"] },
  "app/(staff)/customers/import/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER"] },
  "app/(staff)/customers/[id]/page.tsx#default": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  "lib/actions/staff/customers.ts#createCustomerAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  "lib/actions/staff/customers.ts#updateCustomerAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  "lib/actions/staff/customers.ts#importCustomersAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  // On the case page: confirming is case work; creating a customer from the case also needs the registry.
  "lib/actions/staff/customers.ts#confirmCaseCustomerAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm({ customerId: "not-a-customer" }),
  },
  "lib/actions/staff/customers.ts#createCustomerForCaseAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER"],
    form: caseForm(),
  },

  // The systems registry (fulfilment): everyone reads it, administrators and privacy officers change it
  // and rotate its secrets. Empty forms stop at validation; the system page is asked for a system that
  // does not exist, a 404 once the permission check has passed.
  "app/(staff)/systems/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "app/(staff)/systems/new/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER"] },
  "app/(staff)/systems/import/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER"] },
  "app/(staff)/systems/[id]/page.tsx#default": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  "lib/actions/staff/systems.ts#createSystemAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  "lib/actions/staff/systems.ts#updateSystemAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  "lib/actions/staff/systems.ts#importSystemsAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  "lib/actions/staff/systems.ts#rotateSystemSecretAction": { allow: ["ADMIN", "PRIVACY_OFFICER"], form: () => ({}) },
  // Webhook deliveries: the log is read like cases (the registry's systems:read has the same roles) and
  // asked for a system that does not exist (404 once the permission check passed); "send again" is case
  // work, and an empty form stops at validation.
  "app/(staff)/systems/[id]/deliveries/page.tsx#default": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  "lib/actions/staff/webhooks.ts#resendDeliveryAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: () => ({}),
  },

  // Administration. Empty forms: an administrator's call stops at validation, inviting, disabling or
  // demoting nobody.
  "app/(staff)/settings/email/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/email-settings.ts#sendTestEmailAction": { allow: ["ADMIN"], form: () => ({ to: "" }) },
  "lib/actions/staff/email-settings.ts#retryEmailAction": { allow: ["ADMIN"], form: () => ({ outboxId: "" }) },
  "app/(staff)/settings/users/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/staff-accounts.ts#inviteStaffAction": { allow: ["ADMIN"], form: () => ({}) },
  "lib/actions/staff/staff-accounts.ts#resendInvitationAction": { allow: ["ADMIN"], form: () => ({}) },
  "lib/actions/staff/staff-accounts.ts#changeStaffRoleAction": { allow: ["ADMIN"], form: () => ({}) },
  "lib/actions/staff/staff-accounts.ts#setStaffDisabledAction": { allow: ["ADMIN"], form: () => ({}) },
  // The routing clock's settings: an empty form stops at validation, changing nothing.
  "app/(staff)/settings/routing/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/routing-settings.ts#updateRoutingPolicyAction": { allow: ["ADMIN"], form: () => ({}) },
  // Fulfilment settings: administrators only; an empty form stops at validation.
  "app/(staff)/settings/fulfilment/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/fulfilment-settings.ts#updateFulfilmentPolicyAction": { allow: ["ADMIN"], form: () => ({}) },
  // My tasks: every staff member sees the tasks of the systems they own (none here); recording stops at
  // validation (no task named), the use-case letting through a system's owners and those who work the case.
  "app/(staff)/tasks/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "lib/actions/staff/task-links.ts#recordMyTaskResultAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    form: () => ({}),
  },
  // A task's link on the case page: staff who work cases; no task named stops at validation.
  "lib/actions/staff/task-links.ts#resendTaskLinkAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  "lib/actions/staff/task-links.ts#revokeTaskLinkAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    form: caseForm(),
  },
  // Settings: administrators only. Empty forms stop at validation, changing nothing.
  "app/(staff)/settings/deadlines/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/deadline-settings.ts#updateDeadlinePolicyAction": { allow: ["ADMIN"], form: () => ({}) },
  "lib/actions/staff/deadline-settings.ts#addCalendarYearAction": { allow: ["ADMIN"], form: () => ({}) },
  "app/(staff)/settings/profile/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "lib/actions/staff/staff-profile.ts#updateStaffProfileAction": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    form: () => ({}),
  },
  "app/(staff)/settings/organization/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/organization-settings.ts#updateOrganizationSettingsAction": { allow: ["ADMIN"], form: () => ({}) },
  "app/(staff)/settings/email-texts/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/email-texts.ts#updateEmailTextsAction": { allow: ["ADMIN"], form: () => ({}) },
  "app/(staff)/settings/page.tsx#default": { allow: ["ADMIN"] },
  // Retention settings and the dry run: administrators only. An empty form stops at validation.
  "app/(staff)/settings/retention/page.tsx#default": { allow: ["ADMIN"] },
  "lib/actions/staff/retention-settings.ts#updateRetentionPolicyAction": { allow: ["ADMIN"], form: () => ({}) },

  // Reports: aggregates for everyone who reads cases; the register lists every case, so not analysts.
  "app/(staff)/reports/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "app/(staff)/reports/transparency/page.tsx#default": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "app/api/v1/reports/register/route.ts#GET": { allow: ["ADMIN", "PRIVACY_OFFICER", "AUDITOR"] },
  "app/api/v1/reports/transparency/route.ts#GET": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },

  // The staff JSON API.
  "app/api/v1/cases/[reference]/route.ts#GET": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: (f) => ({ reference: f.reference }),
  },
  "app/api/v1/cases/[reference]/audit/route.ts#GET": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: (f) => ({ reference: f.reference }),
  },
  "app/api/v1/cases/[reference]/messages/route.ts#POST": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST"],
    params: (f) => ({ reference: f.reference }),
    body: {},
  },
  "app/api/v1/cases/export/route.ts#GET": { allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] },
  "app/api/v1/uploads/[id]/route.ts#GET": {
    allow: ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"],
    params: (f) => ({ id: f.uploadId }),
  },

  // Public by design.
  "app/api/v1/requests/route.ts#POST": { public: "the public intake API" },
  "app/api/health/route.ts#GET": {
    public: "the status for load balancers; the full report needs HEALTH_TOKEN or health:read (health.test.ts)",
  },
  "app/api/v1/customers/suggest/route.ts#GET": {
    public: "customer names for the request form (names only, rate limited)",
  },
  "app/api/v1/tasks/[id]/result/route.ts#POST": {
    public: "a system's result, with its own API token (401 without; task-result-api.test.ts), rate limited",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { public: "Auth.js endpoints (sign-in, session, CSRF)" },
  "app/api/auth/[...nextauth]/route.ts#POST": { public: "Auth.js endpoints (sign-in, sign-out)" },
};

const isPublic = (entry: Entry): entry is PublicEntry => "public" in entry;

// ---------------------------------------------------------------------------------------------------
// Discovery: what the app folder actually exposes.

const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every file under app/, lib/ and components/, from the project root. */
function appFiles(): string[] {
  return ["app", "lib", "components"]
    .flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map(
        (file) => `${dir}/${file.split(path.sep).join("/")}`,
      ),
    )
    .filter((file) => !file.startsWith("lib/db/generated/"))
    .sort();
}

// Every server action outside lib/actions/public/ is a staff action: one put in a new folder is covered too.
const isStaff = (file: string) =>
  file.startsWith("app/(staff)/") || (file.startsWith("lib/actions/") && !file.startsWith("lib/actions/public/"));
const isServerActionsFile = (file: string) =>
  /\.(ts|tsx)$/.test(file) &&
  /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8"));

/**
 * The server actions anyone may call, with why: each checks its own secret (a link token, a code) or needs
 * none. A staff action moved into lib/actions/public/ fails the test until it is listed here.
 */
const PUBLIC_ACTIONS: Record<string, string> = {
  "lib/actions/public/accept-invitation.ts#acceptInvitationAction": "the invitation's token",
  "lib/actions/public/language.ts#setLocaleAction": "the language cookie",
  "lib/actions/public/partner.ts#respondToRoutingAction": "the routing link's token",
  "lib/actions/public/partner.ts#revealRequesterAction": "the routing link's token",
  "lib/actions/public/task-link.ts#reportTaskAction": "the task link's token",
  "lib/actions/public/request.ts#submitRequestAction": "the public request form",
  "lib/actions/public/sign-in.ts#signInAction": "signing in",
  "lib/actions/public/status-links.ts#sendStatusLinksAction": "sends links only to the address a case was filed with",
  "lib/actions/public/status.ts#replyAction": "the status link's token",
  "lib/actions/public/status.ts#withdrawAction": "the status link's token",
  "lib/actions/public/status.ts#stopLinkAction": "the status link's token",
  "lib/actions/public/verify.ts#verifyLinkAction": "the verification link's token",
  "lib/actions/public/verify.ts#verifyCodeAction": "the verification code",
  "lib/actions/public/verify.ts#resendAction": "the verification link's token",
};

/** The server actions files outside lib/actions/public/ and lib/actions/staff/, and the public actions. */
async function serverActionPlaces() {
  const files = appFiles().filter(isServerActionsFile);
  const publicKeys: string[] = [];
  for (const file of files.filter((f) => f.startsWith("lib/actions/public/"))) {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports))
      if (typeof value === "function") publicKeys.push(`${file}#${exported}`);
  }
  return {
    outsideActionFolders: files.filter((f) => !/^lib\/actions\/(public|staff)\//.test(f)),
    publicKeys: publicKeys.sort(),
  };
}

/** Every entry point the matrix must cover, as table keys. */
async function discoverEntryPoints(): Promise<string[]> {
  const keys: string[] = [];
  for (const file of appFiles()) {
    const name = path.posix.basename(file);
    const isRoute = /^route\.(ts|tsx)$/.test(name);
    const isPage = isStaff(file) && /^(page|layout)\.tsx$/.test(name);
    const isActions = isStaff(file) && isServerActionsFile(file);
    if (!isRoute && !isPage && !isActions) continue;
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (typeof value !== "function") continue;
      if (isRoute && !HTTP_METHODS.includes(exported)) continue;
      if (isPage && exported !== "default") continue;
      keys.push(`${file}#${exported}`);
    }
  }
  return keys.sort();
}

// ---------------------------------------------------------------------------------------------------
// Calling an entry point and classifying what came back.

type Outcome = "allowed" | "401" | "403";
interface Observed {
  outcome: Outcome;
  detail: string;
}

/** The URL a request for this entry point would have: route groups dropped, dynamic segments filled. */
function urlOf(file: string, params: Record<string, string>): string {
  const segments = path.posix
    .dirname(file)
    .replace(/^app(\/|$)/, "")
    .split("/")
    .filter((segment) => segment !== "." && segment !== "" && !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const dynamic = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment);
      return dynamic ? (params[dynamic[1]!] ?? segment) : segment;
    });
  return `http://localhost/${segments.join("/")}`;
}

/** redirect(), notFound(), forbidden() and unauthorized() throw errors carrying a digest. */
function fromThrown(error: unknown): Observed {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) {
    const target = digest.split(";")[2] ?? "";
    const { pathname } = new URL(target, "http://localhost");
    if (pathname === "/sign-in") return { outcome: "401", detail: `redirect ${target}` };
    if (pathname === "/forbidden") return { outcome: "403", detail: `redirect ${target}` };
    return { outcome: "allowed", detail: `redirect ${target}` };
  }
  if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) {
    const status = digest.split(";")[1];
    return { outcome: status === "401" || status === "403" ? status : "allowed", detail: digest };
  }
  const code = (error as Partial<appErrors.AppError> | null)?.code;
  if (code === "UNAUTHENTICATED") return { outcome: "401", detail: `AppError ${code}` };
  if (code === "FORBIDDEN") return { outcome: "403", detail: `AppError ${code}` };
  throw error;
}

const SESSION_COOKIE = "authjs.session-token";

/** A form action's state: a message from an UNAUTHENTICATED or FORBIDDEN AppError is a refusal. */
function fromFormState(state: unknown, errors: { code: string; message: string }[]): Observed {
  // The older form state ({ ok, message }) or the Conform reply (the form's errors under "").
  const reply = (state ?? {}) as { message?: string; ok?: boolean; status?: string; error?: Record<string, unknown> };
  const formErrors = reply.error?.[""];
  const message = Array.isArray(formErrors) ? (formErrors[0] as string) : reply.message;
  const detail = JSON.stringify(state);
  if (!reply.ok && reply.status !== "success" && message !== undefined) {
    const refusal = errors.findLast(
      (e) => e.message === message && (e.code === "UNAUTHENTICATED" || e.code === "FORBIDDEN"),
    );
    if (refusal?.code === "UNAUTHENTICATED") return { outcome: "401", detail };
    if (refusal?.code === "FORBIDDEN") return { outcome: "403", detail };
  }
  return { outcome: "allowed", detail };
}

function formDataOf(fields: Record<string, string | string[]>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) formData.append(name, one);
  }
  return formData;
}

async function call(key: string, entry: StaffEntry, fixtures: Fixtures, cookie: string | undefined): Promise<Observed> {
  const [file, exported] = key.split("#") as [string, string];
  const params = entry.params?.(fixtures) ?? {};
  const url = urlOf(file, params);
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const exports = (await import(path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const target = exports[exported]!;
  thrown.errors = [];
  jar.set = [];
  const observed = await inRequestScope(url, headers, async (): Promise<Observed> => {
    try {
      if (file.endsWith("route.ts")) {
        const response = (await target(
          new Request(url, {
            method: exported,
            headers: { ...headers, ...(entry.body === undefined ? {} : { "content-type": "application/json" }) },
            body: entry.body === undefined ? undefined : JSON.stringify(entry.body),
          }),
          { params: Promise.resolve(params) },
        )) as Response;
        // Read the whole body: a streamed export holds the database until it is drained.
        const text = await response.text();
        const detail = `${response.status} ${text.slice(0, 200)}`;
        if (response.status === 401) return { outcome: "401", detail };
        if (response.status === 403) return { outcome: "403", detail };
        return { outcome: "allowed", detail };
      }
      if (file.endsWith(".tsx")) {
        await target(
          file.endsWith("layout.tsx")
            ? { children: null }
            : { params: Promise.resolve(params), searchParams: Promise.resolve({}) },
        );
        return { outcome: "allowed", detail: "rendered" };
      }
      const state = await target({}, formDataOf(entry.form?.(fixtures) ?? {}));
      return fromFormState(state, thrown.errors);
    } catch (error) {
      return fromThrown(error);
    }
  });
  if (entry.signsOut && jar.set.some((c) => c.name === SESSION_COOKIE && c.value === "")) {
    return { outcome: "allowed", detail: `session cookie cleared; ${observed.detail}` };
  }
  return observed;
}

// ---------------------------------------------------------------------------------------------------

describe("authorization matrix", () => {
  let database: TestDatabase;
  let fixtures: Fixtures;
  const cookies = new Map<Caller, string | undefined>([["anonymous", undefined]]);

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDeadlinePolicies(database.prisma);
    const staff = new Map<StaffRole, Actor>();
    for (const role of ["ADMIN", "PRIVACY_OFFICER", "ANALYST", "AUDITOR"] as const) {
      const member = await createStaff(database.prisma, { role });
      staff.set(role, member);
      cookies.set(role, await sessionCookieFor(member));
    }
    // A new, unassigned case logged by an officer: every role may see it.
    const logged = await logCase(
      {
        type: "ACCESS",
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: "pat.person@example.com", name: "Pat Person" },
      },
      staff.get("PRIVACY_OFFICER")!,
    );
    const found = await database.prisma.case.findUniqueOrThrow({ where: { id: logged.id } });
    // A document to download, on another (unconfirmed, unassigned) case.
    const submitted = await submitRequest({
      request: correctionRequest(),
      files: [{ filename: "evidence.pdf", bytes: PDF_BYTES }],
      channel: "WEB",
      ip: "203.0.113.9",
    });
    const upload = await database.prisma.upload.findFirstOrThrow({ where: { caseId: submitted.caseId! } });
    fixtures = { caseId: found.id, reference: found.reference, uploadId: upload.id };
  });
  afterAll(() => database.drop());

  it("covers every staff entry point in the app folder, and names none that is gone", async () => {
    const discovered = await discoverEntryPoints();
    const listed = Object.keys(MATRIX).sort();
    expect({
      missingFromTable: discovered.filter((key) => !listed.includes(key)),
      goneFromApp: listed.filter((key) => !discovered.includes(key)),
    }).toEqual({ missingFromTable: [], goneFromApp: [] });
  });

  it("keeps server actions in lib/actions, and every public one listed with what guards it", async () => {
    expect(await serverActionPlaces()).toEqual({
      outsideActionFolders: [],
      publicKeys: Object.keys(PUBLIC_ACTIONS).sort(),
    });
  });

  // One test per entry point and caller, named after both.
  for (const [key, entry] of Object.entries(MATRIX)) {
    if (isPublic(entry)) continue;
    describe(key, () => {
      for (const caller of CALLERS) {
        const expected: Outcome = caller === "anonymous" ? "401" : entry.allow.includes(caller) ? "allowed" : "403";
        it(`${caller}: ${expected}`, async () => {
          const observed = await call(key, entry, fixtures, cookies.get(caller));
          expect(observed.outcome, observed.detail).toBe(expected);
        });
      }
    });
  }
});
