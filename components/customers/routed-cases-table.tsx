import Link from "next/link";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { CustomerDetail } from "@/lib/server/customers/get-customer";
import { elapsedTime } from "./elapsed-time";

/** The cases routed to one customer, latest first, with the routing's state and timings. */
export function RoutedCasesTable({ routings, locale }: { routings: CustomerDetail["routings"]; locale: Locale }) {
  const t = translatorFor(locale);
  const when = (at: Date | null) => (at ? t("labels.utc", { time: formatDateTime(locale, at) }) : "—");
  if (routings.length === 0) {
    return <p className="text-sm text-slate-600">{t("customers.routed.empty")}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="routed-cases">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("customers.routed.case")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.routed.state")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.routed.sent")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.routed.acknowledged")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.routed.responded")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("customers.routed.timeToAcknowledge")}
            </th>
          </tr>
        </thead>
        <tbody>
          {routings.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <td className="py-2 pr-3">
                <Link href={`/cases/${r.caseId}`} className="text-blue-800 hover:underline">
                  {r.reference}
                </Link>
              </td>
              <td className="py-2 pr-3">{t(`customers.routed.states.${r.state}`)}</td>
              <td className="py-2 pr-3">{when(r.sentAt)}</td>
              <td className="py-2 pr-3">{when(r.acknowledgedAt)}</td>
              <td className="py-2 pr-3">{when(r.respondedAt)}</td>
              <td className="py-2 text-right">{elapsedTime(locale, r.timeToAcknowledgeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
