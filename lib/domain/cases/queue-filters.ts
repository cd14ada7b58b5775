/**
 * The case queue's filters as they live in the URL (shareable; the back button works), parsed with zod
 * so a hand-edited URL cannot reach the database as anything but these values.
 */
import { z } from "zod";
import { REGIMES } from "@/lib/domain/deadlines";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { CASE_STATUSES } from "./workflow";

export const VIEW_NAMES = ["mine", "unassigned", "due-this-week", "overdue", "awaiting-requester", "awaiting-customer"] as const;
export type SavedView = (typeof VIEW_NAMES)[number];

interface ViewFilters {
  assignee?: "me" | "none";
  dueWithin?: number;
  overdue?: boolean;
  status?: "AWAITING_REQUESTER" | "ROUTED";
}

export const SAVED_VIEWS: Record<SavedView, { label: string; filters: ViewFilters }> = {
  mine: { label: "My cases", filters: { assignee: "me" } },
  unassigned: { label: "Unassigned", filters: { assignee: "none" } },
  "due-this-week": { label: "Due this week", filters: { dueWithin: 7 } },
  overdue: { label: "Overdue", filters: { overdue: true } },
  "awaiting-requester": { label: "Awaiting requester", filters: { status: "AWAITING_REQUESTER" } },
  "awaiting-customer": { label: "Awaiting customer", filters: { status: "ROUTED" } },
};

const flag = z.preprocess((v) => v === "1" || v === "true" || v === "on" || v === true, z.boolean());
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const queueFiltersSchema = z.object({
  view: optional(z.enum(VIEW_NAMES)),
  status: optional(z.enum(CASE_STATUSES)),
  type: optional(z.enum(REQUEST_TYPES)),
  regime: optional(z.enum(REGIMES)),
  /** "me", "none" (unassigned) or a staff member's id. */
  assignee: optional(z.union([z.literal("me"), z.literal("none"), z.string().uuid()])),
  /** Whether the requester named a business customer (cloud-customer routing). */
  customer: optional(z.enum(["yes", "no"])),
  /** A registered customer the case was confirmed for (routing). */
  customerId: optional(z.string().uuid()),
  routing: optional(z.enum(["SENT", "ACKNOWLEDGED", "COMPLETED_BY_CONTROLLER", "DECLINED_BY_CONTROLLER", "REVOKED"])),
  dueWithin: optional(z.coerce.number().int().min(0).max(366)),
  overdue: flag.default(false),
  duplicate: flag.default(false),
  unverified: flag.default(false),
  q: optional(z.string().trim().max(320)),
  /** Keyset cursor: the last row of the previous page, as "<dueAt ISO>_<id>". */
  after: optional(z.string().regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z_[0-9a-f-]{36}$/)),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

/** Reads the URL's search parameters; anything malformed is dropped rather than failing the page. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const one = Array.isArray(value) ? value[0] : value;
    if (one !== undefined) flat[key] = one;
  }
  const parsed = queueFiltersSchema.safeParse(flat);
  if (parsed.success) return withView(parsed.data);
  // Drop only the offending fields.
  for (const issue of parsed.error.issues) delete flat[String(issue.path[0])];
  return withView(queueFiltersSchema.parse(flat));
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

export function decodeCursor(cursor: string): { dueAt: Date; id: string } {
  const split = cursor.lastIndexOf("_");
  return { dueAt: new Date(cursor.slice(0, split)), id: cursor.slice(split + 1) };
}
