import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import { DeadlineBadge } from "./deadline-badge";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

/** The legal clock: due date, days left or paused, the extension, and the policy that sets it. */
export function DeadlinePanel({ detail }: { detail: CaseDetail }) {
  const { deadline } = detail;
  return (
    <section
      aria-labelledby="deadline-title"
      className="rounded-md border border-slate-200 bg-white p-4"
      data-testid="deadline-panel"
    >
      <h2 id="deadline-title" className="mb-2 font-semibold">
        Deadline
      </h2>
      {detail.status === "CLOSED" ? (
        <p className="text-sm">
          Closed {detail.closedAt ? formatDateTime(STAFF_LOCALE, detail.closedAt) : ""} UTC; it was due{" "}
          {formatDate(STAFF_LOCALE, deadline.dueDate)}.
        </p>
      ) : (
        <>
          <p className="text-lg font-medium">
            Due {formatDate(STAFF_LOCALE, deadline.dueDate)}{" "}
            <DeadlineBadge status={deadline.status} extended={deadline.extendedAt !== null} />
          </p>
          {deadline.paused && (
            <p className="text-sm text-slate-700">The clock is stopped: we are waiting for the requester.</p>
          )}
        </>
      )}
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Received</dt>
        <dd>{formatDateTime(STAFF_LOCALE, detail.receivedAt)} UTC</dd>
        <dt className="text-slate-600">Original due</dt>
        <dd>{formatDateTime(STAFF_LOCALE, deadline.originalDueAt)} UTC</dd>
        {deadline.acknowledgementDueAt && (
          <>
            <dt className="text-slate-600">Acknowledge by</dt>
            <dd>{formatDateTime(STAFF_LOCALE, deadline.acknowledgementDueAt)} UTC</dd>
          </>
        )}
        {deadline.extendedAt && (
          <>
            <dt className="text-slate-600">Extended</dt>
            <dd>
              {formatDateTime(STAFF_LOCALE, deadline.extendedAt)} UTC: {deadline.extensionReason}
            </dd>
          </>
        )}
        {deadline.clockStops.length > 0 && (
          <>
            <dt className="text-slate-600">Clock stops</dt>
            <dd>
              {deadline.clockStops.map((stop) => (
                <span key={`${stop.kind}-${stop.from}`} className="block">
                  {stop.kind.toLowerCase()}: {stop.from} – {stop.to ?? "open"}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt className="text-slate-600">Policy</dt>
        <dd>
          {detail.regime}: {deadline.policy.source}
        </dd>
      </dl>
    </section>
  );
}
