import type { Metadata } from "next";
import Link from "next/link";
import { ClosureTimesPanel } from "@/components/reports/closure-times-panel";
import { DenialsPanel } from "@/components/reports/denials-panel";
import { ExtensionsPanel } from "@/components/reports/extensions-panel";
import { OnTimePanel } from "@/components/reports/on-time-panel";
import { OpenCasesPanel } from "@/components/reports/open-cases-panel";
import { ReceivedPanel } from "@/components/reports/received-panel";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";
import { RoutingPanel } from "@/components/reports/routing-panel";
import { TaskTimesPanel } from "@/components/reports/task-times-panel";
import { ViewSwitch } from "@/components/reports/view-switch";
import { QueryErrorsAlert } from "@/components/ui/query-errors-alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { dateLabel } from "@/lib/domain/reports/format";
import { readReportQuery, reportQuery } from "@/lib/domain/reports/report-filters";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { reportDashboard } from "@/lib/server/reports/report-dashboard";
import { customerOptions } from "@/lib/server/routing/customer-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("reports.title") };
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("reports:read", "/reports");
  const { locale } = actor;
  const t = translatorFor(locale);
  const { filters, errors } = readReportQuery(await searchParams);
  const [dashboard, customers] = await Promise.all([reportDashboard(filters, actor), customerOptions()]);
  const query = reportQuery(filters);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("reports.title")}</h1>
          <p className="text-sm text-slate-600" data-testid="report-period">
            {t("reports.period", { from: dateLabel(locale, filters.from), to: dateLabel(locale, filters.to) })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          {can(actor.role, "reports:register") && (
            <a href={`/api/v1/reports/register?${query}`} download className="text-blue-800 hover:underline">
              {t("reports.exportRegister")}
            </a>
          )}
          <Link href="/reports/transparency" className="text-blue-800 hover:underline">
            {t("reports.transparencyLink")}
          </Link>
        </div>
      </div>
      <QueryErrorsAlert errors={errors} />
      <ReportFiltersForm filters={filters} customers={customers} locale={locale} />
      <ViewSwitch filters={filters} locale={locale} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ReceivedPanel received={dashboard.received} view={filters.view} locale={locale} />
        <OpenCasesPanel open={dashboard.open} filters={filters} locale={locale} />
        <OnTimePanel onTime={dashboard.onTime} view={filters.view} locale={locale} />
        <ClosureTimesPanel closureTimes={dashboard.closureTimes} view={filters.view} locale={locale} />
        <div className="grid gap-4">
          <ExtensionsPanel extensions={dashboard.extensions} view={filters.view} locale={locale} />
          <DenialsPanel denials={dashboard.denials} view={filters.view} locale={locale} />
        </div>
        <RoutingPanel routing={dashboard.routing} view={filters.view} locale={locale} />
        <TaskTimesPanel rows={dashboard.taskTimes} locale={locale} />
      </div>
    </div>
  );
}
