import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TYPE_LABELS } from "@/lib/domain/cases/labels";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REGIME_LABELS } from "@/lib/domain/reports/labels";
import {
  FIRST_REPORT_DATE,
  LAST_REPORT_DATE,
  reportsHref,
  type ReportFilters,
} from "@/lib/domain/reports/report-filters";

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

/** A filter that may be left at "Any" (the empty value). */
function FilterSelect({
  id,
  label,
  name,
  value,
  options,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
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
        <input
          id="report-from"
          name="from"
          type="date"
          min={FIRST_REPORT_DATE}
          max={LAST_REPORT_DATE}
          defaultValue={filters.from}
          className={control}
          required
        />
      </Field>
      <Field id="report-to" label="To">
        <input
          id="report-to"
          name="to"
          type="date"
          min={FIRST_REPORT_DATE}
          max={LAST_REPORT_DATE}
          defaultValue={filters.to}
          className={control}
          required
        />
      </Field>
      <FilterSelect
        id="report-type"
        label="Type"
        name="type"
        value={filters.type}
        options={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <FilterSelect
        id="report-regime"
        label="Regime"
        name="regime"
        value={filters.regime}
        options={REGIMES.map((regime) => ({ value: regime, label: REGIME_LABELS[regime] ?? regime }))}
      />
      <FilterSelect
        id="report-customer"
        label="Customer"
        name="customerId"
        value={filters.customerId}
        options={customers.map((c) => ({ value: c.id, label: c.name }))}
      />
      {filters.view === "table" && <input type="hidden" name="view" value="table" />}
      <Button type="submit">Show</Button>
      <Link href={reportsHref({ view: filters.view })} className="py-2 text-sm text-blue-800 hover:underline">
        Last 12 weeks, no filters
      </Link>
    </form>
  );
}
