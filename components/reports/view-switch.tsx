import Link from "next/link";
import { reportsHref, type ReportFilters } from "@/lib/domain/reports/report-filters";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

/** Charts or the same numbers as tables: a link that keeps the period and filters. */
export function ViewSwitch({ filters, locale }: { filters: ReportFilters; locale: Locale }) {
  const t = translatorFor(locale);
  const option = (view: "charts" | "table", label: string) => (
    <Link
      href={reportsHref({ ...filters, view })}
      aria-current={filters.view === view ? "page" : undefined}
      className={`rounded-full border px-3 py-1 ${filters.view === view ? "bg-slate-800 text-white" : "text-slate-800 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("reports.view.label")} className="flex gap-2 text-sm">
      {option("charts", t("reports.view.charts"))}
      {option("table", t("reports.view.table"))}
    </nav>
  );
}
