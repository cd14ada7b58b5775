import { labelFor, TYPE_LABELS } from "@/lib/domain/cases/labels";
import { formatCount } from "@/lib/domain/reports/format";
import type { TransparencySummary } from "@/lib/domain/reports/transparency";

/** The transparency summary as the disclosure prints it: one row per request type, totals last. */
export function TransparencyTable({ summary }: { summary: TransparencySummary }) {
  const columns = [
    "Received",
    "Complied with in whole",
    "Complied with in part",
    "Denied",
    "Withdrawn or other",
    "Still open",
    "Median days to respond",
  ];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4">
      <table className="w-full border-collapse text-sm" data-testid="transparency-table">
        <caption className="sr-only">
          Requests received in {summary.year} per request type and what became of them
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-600">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              Request type
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="py-1.5 pr-3 text-right font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.type} className={`border-b border-slate-100 ${r.type === "ALL" ? "font-semibold" : ""}`}>
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {r.type === "ALL" ? "All requests" : labelFor(TYPE_LABELS, r.type)}
              </th>
              {[r.received, r.compliedInWhole, r.compliedInPart, r.denied, r.withdrawnOrOther, r.open].map((n, i) => (
                <td key={i} className="py-1.5 pr-3 text-right tabular-nums">
                  {formatCount(n)}
                </td>
              ))}
              <td className="py-1.5 pr-3 text-right tabular-nums">
                {r.medianDaysToRespond === null ? "—" : r.medianDaysToRespond.toFixed(1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
