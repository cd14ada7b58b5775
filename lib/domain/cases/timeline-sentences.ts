import { formatNames } from "@/lib/i18n/format";
import { type Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";

/** An audit event as the case page's timeline reads it. */
export interface TimelineEvent {
  type: string;
  actorKind: string;
  /** The staff member's id and name when staff acted. */
  actorId: string | null;
  actorName: string | null;
  data: unknown;
}

/** One line of a case's timeline: an audit event, an email, a message with the requester or a note. */
export type TimelineEntry =
  | ({ kind: "event"; at: Date } & TimelineEvent)
  | { kind: "email"; at: Date; queuedAt: Date; template: string; to: string; status: string }
  | { kind: "message"; at: Date; author: "STAFF" | "REQUESTER"; staff: string | null; body: string }
  | { kind: "note"; at: Date; author: string; body: string };

type EventEntry = Extract<TimelineEntry, { kind: "event" }>;
type EmailEntry = Extract<TimelineEntry, { kind: "email" }>;

/** An email queued in the same moment as an event (one transaction) belongs to it: it is what the action sent. */
const SAME_ACTION_MS = 2000;

/** Each email under the event whose action queued it (the nearest in time); emails of no event stand alone. */
export function groupEmailsWithEvents(entries: TimelineEntry[]): {
  items: TimelineEntry[];
  emailsOf: Map<EventEntry, EmailEntry[]>;
} {
  const events = entries.filter((e): e is EventEntry => e.kind === "event");
  const emailsOf = new Map<EventEntry, EmailEntry[]>();
  const grouped = new Set<EmailEntry>();
  for (const email of entries.filter((e): e is EmailEntry => e.kind === "email")) {
    const distance = (event: EventEntry) => Math.abs(event.at.getTime() - email.queuedAt.getTime());
    const [closest] = events
      .filter((event) => distance(event) <= SAME_ACTION_MS)
      .sort((a, b) => distance(a) - distance(b));
    if (!closest) continue;
    emailsOf.set(closest, [...(emailsOf.get(closest) ?? []), email]);
    grouped.add(email);
  }
  return { items: entries.filter((e) => e.kind !== "email" || !grouped.has(e)), emailsOf };
}

export interface DescribedEvent {
  /** What happened, in a sentence of the reader's language, with people by name. */
  sentence: string;
  /** Each recorded change, "Status: New → In progress". */
  changes: string[];
}

type Change = { from?: unknown; to?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A case's audit event as a sentence for staff ("Li Wei assigned the case to Chen Jing"), with its recorded
 * changes in words; `names` gives staff members' names by id. Events the catalogue has no sentence for
 * read "{actor}: {type}". The event itself stays one click away on the page, for auditors. Task events name
 * their systems by id (`systemId`, `systemIds`): `systems` gives the systems' names.
 */
export function describeEvent(
  locale: Locale,
  event: TimelineEvent,
  names: ReadonlyMap<string, string>,
  systems: ReadonlyMap<string, string> = new Map(),
): DescribedEvent {
  const t = translatorFor(locale);
  const data = isRecord(event.data) ? event.data : {};
  const changes = isRecord(data.changes) ? (data.changes as Record<string, Change>) : {};
  const actor = event.actorName ?? translateIfKnown(t, `caseTimeline.actors.${event.actorKind}`, event.actorKind);
  const none = t("caseTimeline.none");
  const person = (id: unknown) => (typeof id === "string" ? (names.get(id) ?? none) : t("caseTimeline.nobody"));
  const value = (field: string, raw: unknown): string => {
    if (field === "assigneeId") return person(raw);
    if (raw === null || raw === undefined || raw === "") return none;
    if (field === "status" && typeof raw === "string") return translateIfKnown(t, `caseTimeline.statuses.${raw}`, raw);
    if (field === "outcome" && typeof raw === "string") return translateIfKnown(t, `caseTimeline.outcomes.${raw}`, raw);
    if (field === "denialReason" && typeof raw === "string")
      return translateIfKnown(t, `labels.denialReasons.${raw}`, raw);
    if (field === "state" && typeof raw === "string") return translateIfKnown(t, `tasks.states.${raw}`, raw);
    if (field === "deliveryStatus" && typeof raw === "string") {
      return translateIfKnown(t, `webhooks.log.statuses.${raw}`, raw);
    }
    if (typeof raw === "boolean") return raw ? t("labels.yes") : t("labels.no");
    return typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean"
      ? String(raw)
      : JSON.stringify(raw);
  };

  let key = event.type;
  if (event.type === "case.assigned") {
    const to = changes.assigneeId?.to;
    key = !to ? "case.assigned.none" : to === event.actorId ? "case.assigned.self" : "case.assigned.other";
  }
  if (event.type === "task.cancelled") key = data.why === "routed" ? "task.cancelled.routed" : "task.cancelled.closed";
  const outcome = changes.outcome?.to ?? data.outcome;
  const system = (id: unknown) => (typeof id === "string" ? (systems.get(id) ?? none) : none);
  const systemIds = Array.isArray(data.systemIds) ? data.systemIds : [];
  const values = {
    actor,
    type: event.type,
    assignee: person(changes.assigneeId?.to),
    outcome: outcome === undefined ? none : value("outcome", outcome),
    system: system(data.systemId),
    systems: systemIds.length > 0 ? formatNames(locale, systemIds.map(system)) : none,
    state: changes.state?.to === undefined ? none : value("state", changes.state.to),
  };
  return {
    sentence: translateIfKnown(t, `caseTimeline.sentences.${key}`, t("caseTimeline.other", values), values),
    changes: Object.entries(changes)
      .filter(([, change]) => isRecord(change))
      .map(([field, change]) =>
        t("caseTimeline.change", {
          field: translateIfKnown(t, `caseTimeline.fields.${field}`, field),
          from: value(field, change.from),
          to: value(field, change.to),
        }),
      ),
  };
}
