import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { SystemRow } from "@/lib/server/systems/list-systems";

/** The registry: one row per system with how it is reached, what it takes part in and its waiting tasks. */
export function SystemTable({ rows, locale }: { rows: SystemRow[]; locale: Locale }) {
  const t = translatorFor(locale);
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-8 text-center text-slate-600">
        {t("systems.list.empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="system-table">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("systems.table.name")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("systems.table.reach")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("systems.table.requestTypes")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("systems.table.regimes")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("systems.table.owners")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("systems.table.status")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("systems.table.unfinished")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                <Link href={`/systems/${row.id}`} className="text-blue-800 hover:underline" translate="no">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-3">{t(`systems.reach.${row.reach}`)}</td>
              <td className="py-2 pr-3">{row.requestTypes.map((type) => t(`labels.types.${type}`)).join(", ")}</td>
              <td className="py-2 pr-3">
                {row.regimes.length
                  ? row.regimes.map((regime) => t(`labels.regimes.${regime}`)).join(", ")
                  : t("systems.table.allRegimes")}
              </td>
              <td className="py-2 pr-3 text-right">{formatNumber(locale, row.owners)}</td>
              <td className="py-2 pr-3">{row.active ? t("systems.table.active") : t("systems.table.inactive")}</td>
              <td className="py-2 text-right">{formatNumber(locale, row.unfinishedTasks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
