import Link from "next/link";
import { reportsHref, type ReportFilters } from "@/lib/domain/reports/report-filters";

/** Charts or the same numbers as tables: a link that keeps the period and filters. */
export function ViewSwitch({ filters }: { filters: ReportFilters }) {
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
    <nav aria-label="Report view" className="flex gap-2 text-sm">
      {option("charts", "Charts")}
      {option("table", "Table view")}
    </nav>
  );
}
