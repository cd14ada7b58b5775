import type { TimelineEntry } from "@/lib/server/cases/case-timeline";
import { STAFF_LOCALE, formatDateTime } from "@/lib/i18n/format";

function describe(entry: TimelineEntry): { title: string; body?: string; tone: string } {
  switch (entry.kind) {
    case "event":
      return {
        title: `${entry.type.replace(/[._]/g, " ")} · ${entry.actor}`,
        body: summarize(entry.data),
        tone: "border-slate-300",
      };
    case "email":
      return {
        title: `Email ${entry.template} to ${entry.to} · ${entry.status.toLowerCase()}`,
        tone: "border-blue-300",
      };
    case "message":
      return {
        title:
          entry.author === "STAFF"
            ? `Message to the requester · ${entry.staff ?? "staff"}`
            : "Message from the requester",
        body: entry.body,
        tone: entry.author === "STAFF" ? "border-green-400" : "border-purple-400",
      };
    case "note":
      return { title: `Internal note · ${entry.author}`, body: entry.body, tone: "border-amber-400" };
  }
}

function summarize(data: unknown): string | undefined {
  if (!data || typeof data !== "object" || Object.keys(data).length === 0) return undefined;
  return Object.entries(data as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(" · ");
}

/** Audit events, emails, messages and notes in one list, newest first. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="timeline-title" className="mb-2 font-semibold">
        Timeline
      </h2>
      <ol className="space-y-2" data-testid="case-timeline">
        {entries.map((entry, index) => {
          const { title, body, tone } = describe(entry);
          return (
            <li key={index} className={`border-l-4 pl-3 text-sm ${tone}`}>
              <p>
                <time className="text-slate-500" dateTime={entry.at.toISOString()}>
                  {formatDateTime(STAFF_LOCALE, entry.at)}
                </time>{" "}
                <span className="font-medium">{title}</span>
              </p>
              {body && <p className="whitespace-pre-wrap text-slate-700">{body}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
