import Link from "next/link";
import { Button } from "@/components/ui/button";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import {
  FIRST_REPORT_DATE,
  LAST_REPORT_DATE,
  reportsHref,
  type ReportFilters,
} from "@/lib/domain/reports/report-filters";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

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

/** A filter that may be left at "Any" (the empty value, `anyLabel`). */
function FilterSelect({
  id,
  label,
  name,
  value,
  options,
  anyLabel,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  /** `data`: named by what people typed (a customer), left as typed. */
  options: { value: string; label: string; data?: boolean }[];
  anyLabel: string;
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} translate={option.data ? "no" : undefined}>
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
  locale,
}: {
  filters: ReportFilters;
  customers: { id: string; name: string }[];
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const anyLabel = t("reports.filters.any");
  return (
    <form
      method="get"
      action="/reports"
      aria-label={t("reports.filters.label")}
      className="flex flex-wrap items-end gap-3"
    >
      <Field id="report-from" label={t("reports.filters.from")}>
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
      <Field id="report-to" label={t("reports.filters.to")}>
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
        label={t("reports.filters.type")}
        name="type"
        value={filters.type}
        options={REQUEST_TYPES.map((type) => ({ value: type, label: t(`labels.types.${type}`) }))}
        anyLabel={anyLabel}
      />
      <FilterSelect
        id="report-regime"
        label={t("reports.filters.regime")}
        name="regime"
        value={filters.regime}
        options={REGIMES.map((regime) => ({ value: regime, label: t(`labels.regimes.${regime}`) }))}
        anyLabel={anyLabel}
      />
      <FilterSelect
        id="report-customer"
        label={t("reports.filters.customer")}
        name="customerId"
        value={filters.customerId}
        options={customers.map((c) => ({ value: c.id, label: c.name, data: true }))}
        anyLabel={anyLabel}
      />
      {filters.view === "table" && <input type="hidden" name="view" value="table" />}
      <Button type="submit">{t("reports.filters.show")}</Button>
      <Link href={reportsHref({ view: filters.view })} className="py-2 text-sm text-blue-800 hover:underline">
        {t("reports.filters.reset")}
      </Link>
    </form>
  );
}
