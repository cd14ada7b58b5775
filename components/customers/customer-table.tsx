import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { CustomerRow } from "@/lib/server/customers/list-customers";
import { elapsedTime } from "./elapsed-time";

/** The registry: one row per customer with its contacts, cases and how fast it acknowledges. */
export function CustomerTable({ rows, locale }: { rows: CustomerRow[]; locale: Locale }) {
  const t = translatorFor(locale);
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-8 text-center text-slate-600">
        {t("customers.list.empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="customer-table">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("customers.table.name")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.table.aliases")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.table.contacts")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.table.agreement")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("customers.table.status")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("customers.table.cases")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("customers.table.routed")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("customers.table.medianAcknowledge")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                <Link href={`/customers/${row.id}`} className="text-blue-800 hover:underline" translate="no">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-3" translate="no">
                {row.aliases.join(", ") || "—"}
              </td>
              <td className="py-2 pr-3 break-all" translate="no">
                {row.contactEmails.join(", ")}
              </td>
              <td className="py-2 pr-3" translate="no">
                {row.agreementReference ?? "—"}
              </td>
              <td className="py-2 pr-3">{row.active ? t("customers.table.active") : t("customers.table.inactive")}</td>
              <td className="py-2 pr-3 text-right">{formatNumber(locale, row.cases)}</td>
              <td className="py-2 pr-3 text-right">{formatNumber(locale, row.routings)}</td>
              <td className="py-2 text-right">{elapsedTime(locale, row.medianAcknowledgeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
