import { translateIfKnown } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/public/public-shell";
import { RoutingNotice } from "@/components/public/routing-notice";
import { Alert } from "@/components/ui/alert";
import { ReplyForm, StopLinkForm, WithdrawForm } from "@/components/public/status-forms";
import { isAppError } from "@/lib/errors/app-error";
import { formatDateTime, formatLongDate } from "@/lib/i18n/format";
import { requestLocale } from "@/lib/i18n/locale";
import { statusView, type StatusView } from "@/lib/server/status/status-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.yourRequest"), referrer: "no-referrer", robots: { index: false } };
}

export default async function StatusPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await requestLocale();
  let view: StatusView;
  try {
    view = await statusView(token);
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
  const stateText =
    view.status === "CLOSED" && view.outcome ? translateIfKnown(t, `outcomes.${view.outcome}`, view.outcome) : translateIfKnown(t, `statuses.${view.status}`, view.status);
  return (
    <PublicShell locale={locale} t={t} returnTo={`/status/${token}`}>
      <h1 className="mb-4 text-2xl font-semibold">{t("status.title")}</h1>
      {view.outcome === "WITHDRAWN" && (
        <div className="mb-4">
          <Alert tone="success">{t("status.withdrawn")}</Alert>
        </div>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="text-slate-600">{t("status.reference")}</dt>
        <dd className="font-mono" data-testid="reference">
          {view.reference}
        </dd>
        <dt className="text-slate-600">{t("status.type")}</dt>
        <dd>{translateIfKnown(t, `types.${view.type}`, view.type)}</dd>
        <dt className="text-slate-600">{t("status.state")}</dt>
        <dd data-testid="status">{stateText}</dd>
        {view.status !== "CLOSED" && (
          <>
            <dt className="text-slate-600">{t("status.due")}</dt>
            <dd data-testid="due">
              {view.deadline.kind === "paused" ? (
                t("status.paused")
              ) : (
                <time dateTime={view.dueDate}>{formatLongDate(locale, view.dueDate)}</time>
              )}
              {view.deadline.kind === "overdue" && <span className="block text-red-800">{t("status.overdue")}</span>}
            </dd>
          </>
        )}
      </dl>
      {view.extensionReason && (
        <p className="mt-4 text-sm">{t("status.extended", { reason: view.extensionReason })}</p>
      )}
      {view.routing && <RoutingNotice routing={view.routing} t={t} />}

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="mb-2 text-lg font-medium">
          {t("status.timeline")}
        </h2>
        <ol className="space-y-1 text-sm">
          {view.timeline.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at.toISOString()} className="text-slate-600">
                {formatDateTime(locale, e.at)}
              </time>{" "}
              {translateIfKnown(t, `events.${e.type}`, e.type)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="messages" className="mt-8 space-y-3">
        <h2 id="messages" className="text-lg font-medium">
          {t("status.messages")}
        </h2>
        {view.messages.length === 0 && <p className="text-sm text-slate-600">{t("status.noMessages")}</p>}
        {view.messages.map((m, i) => (
          <article key={i} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
            <p className="mb-1 text-xs text-slate-600">
              {m.author === "REQUESTER" ? t("status.you") : t("status.us")} · {formatDateTime(locale, m.at)}
            </p>
            <p className="whitespace-pre-wrap">{m.body}</p>
          </article>
        ))}
        {view.canReply && <ReplyForm token={token} />}
      </section>

      {view.canWithdraw && (
        <section aria-labelledby="withdraw" className="mt-10 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="withdraw" className="mb-2 text-lg font-medium">
            {t("status.withdrawTitle")}
          </h2>
          <WithdrawForm token={token} />
        </section>
      )}

      <section aria-labelledby="stop-link" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="stop-link" className="mb-2 text-lg font-medium">
          {t("status.stopTitle")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("status.stopExplain")}</p>
        <StopLinkForm token={token} />
      </section>
    </PublicShell>
  );
}
