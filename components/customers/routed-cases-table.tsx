import Link from "next/link";
import { formatElapsed } from "@/lib/domain/customers/acknowledgement-time";
import type { CustomerDetail } from "@/lib/server/customers/get-customer";
import { formatDateTime } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

const when = (at: Date | null) => (at ? `${formatDateTime(STAFF_LOCALE, at)} UTC` : "—");

export const ROUTING_STATE_LABELS: Record<string, string> = {
  SENT: "Sent",
  ACKNOWLEDGED: "Acknowledged",
  COMPLETED_BY_CONTROLLER: "Completed by the customer",
  DECLINED_BY_CONTROLLER: "Declined by the customer",
  REVOKED: "Revoked",
};

/** The cases routed to one customer, latest first, with the routing's state and timings. */
export function RoutedCasesTable({ routings }: { routings: CustomerDetail["routings"] }) {
  if (routings.length === 0) {
    return <p className="text-sm text-slate-600">No requests have been routed to this customer.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="routed-cases">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              Case
            </th>
            <th scope="col" className="py-2 pr-3">
              State
            </th>
            <th scope="col" className="py-2 pr-3">
              Sent
            </th>
            <th scope="col" className="py-2 pr-3">
              Acknowledged
            </th>
            <th scope="col" className="py-2 pr-3">
              Responded
            </th>
            <th scope="col" className="py-2 text-right">
              Time to acknowledge
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
              <td className="py-2 pr-3">{ROUTING_STATE_LABELS[r.state] ?? r.state}</td>
              <td className="py-2 pr-3">{when(r.sentAt)}</td>
              <td className="py-2 pr-3">{when(r.acknowledgedAt)}</td>
              <td className="py-2 pr-3">{when(r.respondedAt)}</td>
              <td className="py-2 text-right">{formatElapsed(r.timeToAcknowledgeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
