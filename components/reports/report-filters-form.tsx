import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TYPE_LABELS } from "@/lib/domain/cases/labels";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REGIME_LABELS } from "@/lib/domain/reports/labels";
import { reportsHref, type ReportFilters } from "@/lib/domain/reports/report-filters";

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * The period and filters: a plain GET form, so the URL holds them (shareable, the back button works,
 * no JavaScript needed). The view (charts or tables) is kept as it is.
 */
export function ReportFiltersForm({
  filters,
  customers,
}: {
  filters: ReportFilters;
  customers: { id: string; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/reports"
      aria-label="Report period and filters"
      className="flex flex-wrap items-end gap-3"
    >
      <Field id="report-from" label="From">
        <input id="report-from" name="from" type="date" defaultValue={filters.from} className={control} required />
      </Field>
      <Field id="report-to" label="To">
        <input id="report-to" name="to" type="date" defaultValue={filters.to} className={control} required />
      </Field>
      <Field id="report-type" label="Type">
        <select id="report-type" name="type" defaultValue={filters.type ?? ""} className={control}>
          <option value="">Any</option>
          {Object.entries(TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="report-regime" label="Regime">
        <select id="report-regime" name="regime" defaultValue={filters.regime ?? ""} className={control}>
          <option value="">Any</option>
          {REGIMES.map((regime) => (
            <option key={regime} value={regime}>
              {REGIME_LABELS[regime]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="report-customer" label="Customer">
        <select id="report-customer" name="customerId" defaultValue={filters.customerId ?? ""} className={control}>
          <option value="">Any</option>
          {customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      {filters.view === "table" && <input type="hidden" name="view" value="table" />}
      <Button type="submit">Show</Button>
      <Link href={reportsHref({ view: filters.view })} className="py-2 text-sm text-blue-800 hover:underline">
        Last 12 weeks, no filters
      </Link>
    </form>
  );
}
