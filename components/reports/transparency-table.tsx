import { formatCount } from "@/lib/domain/reports/format";
import type { TransparencySummary } from "@/lib/domain/reports/transparency";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";

/** The transparency summary as the disclosure prints it: one row per request type, totals last. */
export function TransparencyTable({ summary, locale }: { summary: TransparencySummary; locale: Locale }) {
  const t = translatorFor(locale);
  const columns = [
    t("reports.transparency.received"),
    t("reports.transparency.compliedInWhole"),
    t("reports.transparency.compliedInPart"),
    t("reports.transparency.denied"),
    t("reports.transparency.withdrawnOrOther"),
    t("reports.transparency.open"),
    t("reports.transparency.medianDays"),
  ];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4">
      <table className="w-full border-collapse text-sm" data-testid="transparency-table">
        <caption className="sr-only">{t("reports.transparency.caption", { year: String(summary.year) })}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-600">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t("reports.transparency.requestType")}
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
                {r.type === "ALL"
                  ? t("reports.transparency.allRequests")
                  : translateIfKnown(t, `labels.types.${r.type}`, r.type)}
              </th>
              {[r.received, r.compliedInWhole, r.compliedInPart, r.denied, r.withdrawnOrOther, r.open].map((n, i) => (
                <td key={i} className="py-1.5 pr-3 text-right tabular-nums">
                  {formatCount(locale, n)}
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
