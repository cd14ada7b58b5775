/**
 * The case queue's filters as they live in the URL (shareable; the back button works), parsed with zod
 * so a hand-edited URL cannot reach the database as anything but these values.
 */
import { z } from "zod";
import { RoutingState } from "@/lib/db/generated/enums";
import { REGIMES } from "@/lib/domain/deadlines";
import { firstValues, parseLeavingOut, type QueryErrors, type SearchParams } from "@/lib/domain/query-params";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { CASE_STATUSES } from "./workflow";

/** The queue's task filters: "open" (a system has not done its part yet), "failed" (a task came back). */
export const TASK_FILTERS = ["open", "failed"] as const;

export const VIEW_NAMES = [
  "mine",
  "unassigned",
  "due-this-week",
  "overdue",
  "awaiting-requester",
  "awaiting-customer",
] as const;
export type SavedView = (typeof VIEW_NAMES)[number];

interface ViewFilters {
  assignee?: "me" | "none";
  dueWithin?: number;
  overdue?: boolean;
  status?: "AWAITING_REQUESTER" | "ROUTED";
}

/** Each saved view's filters; its name is in the catalogue, `cases.filters.views.<view>`. */
export const SAVED_VIEWS: Record<SavedView, { filters: ViewFilters }> = {
  mine: { filters: { assignee: "me" } },
  unassigned: { filters: { assignee: "none" } },
  "due-this-week": { filters: { dueWithin: 7 } },
  overdue: { filters: { overdue: true } },
  "awaiting-requester": { filters: { status: "AWAITING_REQUESTER" } },
  "awaiting-customer": { filters: { status: "ROUTED" } },
};

const flag = z.preprocess((v) => v === "1" || v === "true" || v === "on" || v === true, z.boolean());
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const uuid = z.string().uuid();
const DAYS = "days_0_to_366";

export const queueFiltersSchema = z.object({
  view: optional(z.enum(VIEW_NAMES, { error: "not_saved_view" })),
  status: optional(z.enum(CASE_STATUSES, { error: "not_case_status" })),
  type: optional(z.enum(REQUEST_TYPES, { error: "not_request_type" })),
  regime: optional(z.enum(REGIMES, { error: "not_regime" })),
  /** "me", "none" (unassigned) or a staff member's id. */
  assignee: optional(z.union([z.literal("me"), z.literal("none"), uuid], { error: "not_staff_member" })),
  /** Whether the requester named a business customer (cloud-customer routing). */
  customer: optional(z.enum(["yes", "no"], { error: "yes_or_no" })),
  /** A registered customer the case was confirmed for (routing). */
  customerId: optional(z.string().uuid({ error: "not_customer" })),
  routing: optional(z.enum(RoutingState, { error: "not_routing_state" })),
  /** Cases with a task still open, or with a task that failed (back with staff). */
  tasks: optional(z.enum(TASK_FILTERS, { error: "not_task_filter" })),
  dueWithin: optional(
    z.coerce.number({ error: DAYS }).int({ error: DAYS }).min(0, { error: DAYS }).max(366, { error: DAYS }),
  ),
  overdue: flag.default(false),
  duplicate: flag.default(false),
  unverified: flag.default(false),
  // PostgreSQL text cannot hold a NUL character: searching for one would fail the query.
  q: optional(
    z
      .string()
      .trim()
      .max(320, { error: "at_most_characters:320" })
      .refine((q) => !q.includes("\u0000"), { error: "search_with_nul" }),
  ),
  /** Keyset cursor: the last row of the previous page, as "<dueAt ISO>_<id>" (see encodeCursor). */
  after: optional(z.string().refine((v) => decodeCursor(v) !== null, { error: "not_queue_page" })),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

const QUEUE_KEYS = Object.keys(queueFiltersSchema.shape);

/**
 * Reads the URL's search parameters: a malformed value is left out (the page says which, with `errors`),
 * so a hand-edited or outdated link still shows the queue.
 */
export function readQueueQuery(params: SearchParams): { filters: QueueFilters; errors: QueryErrors } {
  const { value, errors } = parseLeavingOut(queueFiltersSchema, firstValues(params, QUEUE_KEYS));
  return { filters: withView(value), errors };
}

function withView(filters: QueueFilters): QueueFilters {
  if (!filters.view) return filters;
  return { ...filters, ...SAVED_VIEWS[filters.view].filters };
}

/** The URL of the queue with these filters (empty ones left out), for links and the filter form. */
export function queueHref(filters: Partial<Record<keyof QueueFilters, string | number | boolean | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `/cases?${query}` : "/cases";
}

/**
 * Whether a search is by a requester's email (anything with an "@"; otherwise it is a case reference). Such
 * a search tells the searcher whether that person asked us anything: it is audited like a reveal.
 */
export function isEmailSearch(q: string): boolean {
  return q.includes("@");
}

/**
 * The filters as an audit event records them: the structured ones as they are, and only whether there was
 * a search, never its text (it may be an email address or a name; the audit trail outlives personal data).
 */
export function filtersForAudit(filters: QueueFilters) {
  const { q, after: _after, ...structured } = filters;
  return { ...structured, searched: q !== undefined };
}

export function encodeCursor(dueAt: Date, id: string): string {
  return `${dueAt.toISOString()}_${id}`;
}

/** A cursor made by encodeCursor, or null: a real instant in a four-digit year and a case id. */
export function decodeCursor(cursor: string): { dueAt: Date; id: string } | null {
  const split = cursor.lastIndexOf("_");
  const iso = cursor.slice(0, split);
  const id = cursor.slice(split + 1);
  if (split < 0 || !CURSOR_INSTANT.test(iso) || !uuid.safeParse(id).success) return null;
  const dueAt = new Date(iso);
  return !Number.isNaN(dueAt.getTime()) && dueAt.toISOString() === iso ? { dueAt, id } : null;
}

// Years 1000 to 9999: the database has no year 0, and toISOString writes later years with a sign.
const CURSOR_INSTANT = /^[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
