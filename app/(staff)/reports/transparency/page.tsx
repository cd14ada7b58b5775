import type { Metadata } from "next";
import Link from "next/link";
import { TransparencyTable } from "@/components/reports/transparency-table";
import { Button } from "@/components/ui/button";
import { QueryErrorsAlert } from "@/components/ui/query-errors-alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { REGIMES } from "@/lib/domain/deadlines/policies";
import { FIRST_REPORT_DATE, LAST_REPORT_DATE } from "@/lib/domain/reports/report-filters";
import { readTransparencyQuery } from "@/lib/domain/reports/transparency";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { transparencySummary } from "@/lib/server/reports/transparency-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("reports.transparency.title") };
}

const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function TransparencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("reports:read", "/reports/transparency");
  const { locale } = actor;
  const t = translatorFor(locale);
  const { params, errors } = readTransparencyQuery(await searchParams);
  const summary = await transparencySummary({ year: params.year, regime: params.regime }, actor);
  const query = new URLSearchParams({ year: String(summary.year), ...(params.regime && { regime: params.regime }) });
  return (
    <div className="space-y-4">
      <div>
        <Link href="/reports" className="text-sm text-blue-800 hover:underline">
          {t("reports.transparency.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("reports.transparency.heading", { year: String(summary.year) })}</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          {params.regime
            ? t("reports.transparency.introRegime", { regime: t(`labels.regimes.${params.regime}`) })
            : t("reports.transparency.intro")}
        </p>
      </div>
      <QueryErrorsAlert errors={errors} />
      <form
        method="get"
        action="/reports/transparency"
        aria-label={t("reports.transparency.form")}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="space-y-1">
          <label htmlFor="transparency-year" className="block text-xs font-medium text-slate-700">
            {t("reports.transparency.year")}
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
            {t("reports.transparency.regime")}
          </label>
          <select id="transparency-regime" name="regime" defaultValue={params.regime ?? ""} className={control}>
            <option value="">{t("reports.transparency.allRegimes")}</option>
            {REGIMES.map((regime) => (
              <option key={regime} value={regime}>
                {t(`labels.regimes.${regime}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t("reports.transparency.show")}</Button>
        <a
          href={`/api/v1/reports/transparency?${query.toString()}&format=csv`}
          download
          className="py-2 text-sm text-blue-800 hover:underline"
        >
          {t("reports.transparency.downloadCsv")}
        </a>
        <a
          href={`/api/v1/reports/transparency?${query.toString()}`}
          className="py-2 text-sm text-blue-800 hover:underline"
        >
          JSON
        </a>
      </form>
      <TransparencyTable summary={summary} locale={locale} />
    </div>
  );
}
