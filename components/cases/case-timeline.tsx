import { describeEvent, groupEmailsWithEvents, type TimelineEntry } from "@/lib/domain/cases/timeline-sentences";
import { templateLabel } from "@/lib/email/templates";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor, type Translator } from "@/lib/i18n/translator";
import type { CaseTimelineData } from "@/lib/server/cases/case-timeline";

type EmailEntry = Extract<TimelineEntry, { kind: "email" }>;

function emailLine(t: Translator, email: EmailEntry): string {
  return t("caseTimeline.email", {
    to: email.to,
    template: templateLabel(t, email.template),
    status: translateIfKnown(t, `caseTimeline.emailStatuses.${email.status}`, email.status),
  });
}

function Entry({
  entry,
  emails,
  staffNames,
  systemNames,
  locale,
}: {
  entry: TimelineEntry;
  emails: EmailEntry[];
  staffNames: ReadonlyMap<string, string>;
  systemNames: ReadonlyMap<string, string>;
  locale: Locale;
}) {
  const t = translatorFor(locale);
  let title: string;
  let body: string | undefined;
  let lines: string[] = [];
  let tone: string;
  switch (entry.kind) {
    case "event": {
      const described = describeEvent(locale, entry, staffNames, systemNames);
      title = described.sentence;
      lines = described.changes;
      tone = "border-slate-300";
      break;
    }
    case "email":
      title = emailLine(t, entry);
      tone = "border-blue-300";
      break;
    case "message":
      title =
        entry.author === "STAFF"
          ? t("caseTimeline.messageToRequester", { staff: entry.staff ?? t("caseTimeline.staff") })
          : t("caseTimeline.messageFromRequester");
      body = entry.body;
      tone = entry.author === "STAFF" ? "border-green-400" : "border-purple-400";
      break;
    case "note":
      title = t("caseTimeline.internalNote", { author: entry.author });
      body = entry.body;
      tone = "border-amber-400";
      break;
  }
  return (
    <li className={`border-l-4 pl-3 text-sm ${tone}`}>
      <p>
        <time className="text-slate-500" dateTime={entry.at.toISOString()}>
          {formatDateTime(locale, entry.at)}
        </time>{" "}
        <span className="font-medium">{title}</span>
      </p>
      {lines.map((line) => (
        <p key={line} className="text-slate-700">
          {line}
        </p>
      ))}
      {emails.map((email, index) => (
        <p key={index} className="text-slate-700" data-testid="timeline-email">
          ✉ {emailLine(t, email)}
        </p>
      ))}
      {body && <p className="whitespace-pre-wrap text-slate-700">{body}</p>}
      {entry.kind === "event" && (
        <details className="text-xs text-slate-500">
          <summary className="cursor-pointer">{t("caseTimeline.raw")}</summary>
          <pre className="whitespace-pre-wrap break-all">
            {JSON.stringify({ type: entry.type, data: entry.data }, null, 2)}
          </pre>
        </details>
      )}
    </li>
  );
}

/**
 * Audit events, emails, messages and notes in one list, newest first. Each event reads as a sentence
 * with people by name and its changes in words, the emails its action sent beneath it, and the event as
 * recorded one click away for auditors.
 */
export function CaseTimeline({ timeline, locale }: { timeline: CaseTimelineData; locale: Locale }) {
  const t = translatorFor(locale);
  const { items, emailsOf } = groupEmailsWithEvents(timeline.entries);
  return (
    <section aria-labelledby="timeline-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="timeline-title" className="mb-2 font-semibold">
        {t("caseTimeline.title")}
      </h2>
      <ol className="space-y-2" data-testid="case-timeline">
        {items.map((entry, index) => (
          <Entry
            key={index}
            entry={entry}
            emails={entry.kind === "event" ? (emailsOf.get(entry) ?? []) : []}
            staffNames={timeline.staffNames}
            systemNames={timeline.systemNames}
            locale={locale}
          />
        ))}
      </ol>
    </section>
  );
}
