import Link from "next/link";
import { formatElapsed } from "@/lib/domain/customers/acknowledgement-time";
import type { CustomerRow } from "@/lib/server/customers/list-customers";

/** The registry: one row per customer with its contacts, cases and how fast it acknowledges. */
export function CustomerTable({ rows }: { rows: CustomerRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-8 text-center text-slate-600">
        No customers match.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="customer-table">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              Name
            </th>
            <th scope="col" className="py-2 pr-3">
              Aliases
            </th>
            <th scope="col" className="py-2 pr-3">
              Privacy contacts
            </th>
            <th scope="col" className="py-2 pr-3">
              Agreement
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Cases
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Routed
            </th>
            <th scope="col" className="py-2 text-right">
              Median time to acknowledge
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                <Link href={`/customers/${row.id}`} className="text-blue-800 hover:underline">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-3">{row.aliases.join(", ") || "—"}</td>
              <td className="py-2 pr-3 break-all">{row.contactEmails.join(", ")}</td>
              <td className="py-2 pr-3">{row.agreementReference ?? "—"}</td>
              <td className="py-2 pr-3">{row.active ? "Active" : "Inactive"}</td>
              <td className="py-2 pr-3 text-right">{row.cases}</td>
              <td className="py-2 pr-3 text-right">{row.routings}</td>
              <td className="py-2 text-right">{formatElapsed(row.medianAcknowledgeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
