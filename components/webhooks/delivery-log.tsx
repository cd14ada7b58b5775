import Link from "next/link";
import { deliveryErrorText } from "@/lib/domain/fulfilment/delivery-errors";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { DeliveryLogRow } from "@/lib/server/webhooks/list-deliveries";
import { ResendDeliveryButton } from "./resend-delivery-button";

function eventLabel(t: ReturnType<typeof translatorFor>, eventType: string): string {
  if (eventType === "task.created") return t("webhooks.log.events.created");
  if (eventType === "task.cancelled") return t("webhooks.log.events.cancelled");
  if (eventType === "system.test") return t("webhooks.log.events.test");
  return t("webhooks.log.events.other");
}

/**
 * A system's webhook deliveries: status, attempts, the last attempt's latency, answer code and error, the
 * next attempt, and "send again" for those not waiting to be sent (for staff who work cases).
 */
export function DeliveryLog({
  deliveries,
  locale,
  mayResend,
}: {
  deliveries: DeliveryLogRow[];
  locale: Locale;
  mayResend: boolean;
}) {
  const t = translatorFor(locale);
  const when = (at: Date) => t("labels.utc", { time: formatDateTime(locale, at) });
  if (deliveries.length === 0) return <p className="text-sm text-slate-600">{t("webhooks.log.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="delivery-log">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.created")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.event")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.case")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.status")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("webhooks.log.columns.attempts")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("webhooks.log.columns.latency")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.code")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.next")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("webhooks.log.columns.error")}
            </th>
            {mayResend && (
              <th scope="col" className="py-2">
                {t("webhooks.log.columns.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} className="border-b border-slate-200 align-top" data-delivery={d.id}>
              <td className="py-2 pr-3 whitespace-nowrap">{when(d.createdAt)}</td>
              <td className="py-2 pr-3">
                {eventLabel(t, d.eventType)}
                <div id={`delivery-${d.id}`} className="font-mono text-xs text-slate-500" translate="no">
                  {d.id}
                </div>
              </td>
              <td className="py-2 pr-3">
                {d.task ? (
                  <Link className="underline" href={`/cases/${d.task.case.id}`} translate="no">
                    {d.task.case.reference}
                  </Link>
                ) : (
                  t("webhooks.log.none")
                )}
              </td>
              <td className="py-2 pr-3" data-testid="delivery-status">
                {t(`webhooks.log.statuses.${d.status}`)}
              </td>
              <td className="py-2 pr-3 text-right">{formatNumber(locale, d.attempts)}</td>
              <td className="py-2 pr-3 text-right whitespace-nowrap">
                {d.lastLatencyMs === null
                  ? t("webhooks.log.none")
                  : t("webhooks.log.latencyMs", { ms: formatNumber(locale, d.lastLatencyMs) })}
              </td>
              <td className="py-2 pr-3" translate="no">
                {d.lastStatusCode ?? t("webhooks.log.none")}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {d.status === "PENDING" ? when(d.nextAttemptAt) : t("webhooks.log.none")}
              </td>
              <td className="py-2 pr-3 break-all">
                {d.lastError ? deliveryErrorText(locale, d.lastError) : t("webhooks.log.none")}
              </td>
              {mayResend && (
                <td className="py-2">
                  {d.status === "DELIVERED" || d.status === "FAILED" ? (
                    <ResendDeliveryButton deliveryId={d.id} describedBy={`delivery-${d.id}`} />
                  ) : null}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
