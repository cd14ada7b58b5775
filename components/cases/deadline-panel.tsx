import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import { DeadlineBadge } from "./deadline-badge";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** The legal clock: due date, days left or paused, the extension, and the policy that sets it. */
export function DeadlinePanel({ detail, locale }: { detail: CaseDetail; locale: Locale }) {
  const t = translatorFor(locale);
  const { deadline } = detail;
  const utc = (value: Date) => t("labels.utc", { time: formatDateTime(locale, value) });
  const due = formatDate(locale, deadline.dueDate);
  return (
    <section
      aria-labelledby="deadline-title"
      className="rounded-md border border-slate-200 bg-white p-4"
      data-testid="deadline-panel"
    >
      <h2 id="deadline-title" className="mb-2 font-semibold">
        {t("cases.deadline.title")}
      </h2>
      {detail.status === "CLOSED" ? (
        <p className="text-sm">
          {detail.closedAt
            ? t("cases.deadline.closed", { closedAt: utc(detail.closedAt), due })
            : t("cases.deadline.closedUndated", { due })}
        </p>
      ) : (
        <>
          <p className="text-lg font-medium">
            {t("cases.deadline.due", { date: due })}{" "}
            <DeadlineBadge status={deadline.status} extended={deadline.extendedAt !== null} />
          </p>
          {deadline.paused && <p className="text-sm text-slate-700">{t("cases.deadline.paused")}</p>}
        </>
      )}
      <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("cases.deadline.received")}</dt>
        <dd>{utc(detail.receivedAt)}</dd>
        <dt className="text-slate-600">{t("cases.deadline.originalDue")}</dt>
        <dd>{utc(deadline.originalDueAt)}</dd>
        {deadline.acknowledgementDueAt && (
          <>
            <dt className="text-slate-600">{t("cases.deadline.acknowledgeBy")}</dt>
            <dd>{utc(deadline.acknowledgementDueAt)}</dd>
          </>
        )}
        {deadline.extendedAt && (
          <>
            <dt className="text-slate-600">{t("cases.deadline.extended")}</dt>
            <dd>
              {t("cases.deadline.extendedValue", {
                time: utc(deadline.extendedAt),
                reason: deadline.extensionReason ?? t("labels.none"),
              })}
            </dd>
          </>
        )}
        {deadline.clockStops.length > 0 && (
          <>
            <dt className="text-slate-600">{t("cases.deadline.clockStops")}</dt>
            <dd>
              {deadline.clockStops.map((stop) => (
                <span key={`${stop.kind}-${stop.from}`} className="block">
                  {t("cases.deadline.clockStop", {
                    kind: t(`cases.deadline.stopKinds.${stop.kind}`),
                    from: formatDate(locale, stop.from),
                    to: stop.to ? formatDate(locale, stop.to) : t("cases.deadline.clockStopOpen"),
                  })}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt className="text-slate-600">{t("cases.deadline.policy")}</dt>
        <dd>
          {t("cases.deadline.policyValue", { regime: t(`labels.regimes.${detail.regime}`) })}
          {/* The policy's source as the administrator wrote it. */}
          <span translate="no">{deadline.policy.source}</span>
        </dd>
      </dl>
    </section>
  );
}
