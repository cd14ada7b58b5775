import type { Metadata } from "next";
import Link from "next/link";
import { TransparencyTable } from "@/components/reports/transparency-table";
import { Button } from "@/components/ui/button";
import { QueryErrorsAlert } from "@/components/ui/query-errors-alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { REGIME_LABELS } from "@/lib/domain/reports/labels";
import { FIRST_REPORT_DATE, LAST_REPORT_DATE } from "@/lib/domain/reports/report-filters";
import { readTransparencyQuery } from "@/lib/domain/reports/transparency";
import { transparencySummary } from "@/lib/server/reports/transparency-summary";

export const metadata: Metadata = { title: "Transparency summary" };

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function TransparencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("reports:read", "/reports/transparency");
  const { params, errors } = readTransparencyQuery(await searchParams);
  const summary = await transparencySummary({ year: params.year, regime: params.regime }, actor);
  const query = new URLSearchParams({ year: String(summary.year), ...(params.regime && { regime: params.regime }) });
  return (
    <div className="space-y-4">
      <div>
        <Link href="/reports" className="text-sm text-blue-800 hover:underline">
          ← Reports
        </Link>
        <h1 className="text-2xl font-semibold">Transparency summary {summary.year}</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Requests received in the calendar year (UTC){params.regime ? ` under ${REGIME_LABELS[params.regime]}` : ""},
          per request type, and how each ended: the figures the CCPA metrics disclosure (11 CCR §7102) and
          regulators&apos; questionnaires ask for. &ldquo;Withdrawn or other&rdquo; counts requests withdrawn, never
          confirmed, duplicates and those handed to the customer who controls the data; the median days to respond is
          taken over requests complied with or denied, from receipt to closure.
        </p>
      </div>
      <QueryErrorsAlert errors={errors} />
      <form
        method="get"
        action="/reports/transparency"
        aria-label="Year and regime"
        className="flex flex-wrap items-end gap-3"
      >
        <div className="space-y-1">
          <label htmlFor="transparency-year" className="block text-xs font-medium text-slate-700">
            Year
          </label>
          <input
            id="transparency-year"
            name="year"
            type="number"
            min={FIRST_REPORT_DATE.slice(0, 4)}
            max={LAST_REPORT_DATE.slice(0, 4)}
            defaultValue={summary.year}
            className={`${control} w-28`}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="transparency-regime" className="block text-xs font-medium text-slate-700">
            Regime
          </label>
          <select id="transparency-regime" name="regime" defaultValue={params.regime ?? ""} className={control}>
            <option value="">All</option>
            {REGIMES.map((regime) => (
              <option key={regime} value={regime}>
                {REGIME_LABELS[regime]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Show</Button>
        <a
          href={`/api/v1/reports/transparency?${query.toString()}&format=csv`}
          download
          className="py-2 text-sm text-blue-800 hover:underline"
        >
          Download CSV
        </a>
        <a
          href={`/api/v1/reports/transparency?${query.toString()}`}
          className="py-2 text-sm text-blue-800 hover:underline"
        >
          JSON
        </a>
      </form>
      <TransparencyTable summary={summary} />
    </div>
  );
}
