import Link from "next/link";
import { queueHref } from "@/lib/domain/cases/queue-filters";
import { statusLabel, type CaseStatusCode } from "@/lib/domain/cases/workflow";
import { formatCount, listOf } from "@/lib/domain/reports/format";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel, Stat } from "./report-panel";
import { ReportTable } from "./report-table";

/** Open cases now (a snapshot: the period does not apply), with links to the same cases in the queue. */
export function OpenCasesPanel({
  open,
  filters,
  locale,
}: {
  open: ReportDashboard["open"];
  filters: ReportFilters;
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const count = (value: number) => formatCount(locale, value);
  const queueFilters = { type: filters.type, regime: filters.regime, customerId: filters.customerId };
  const label = (status: string) => statusLabel(status as CaseStatusCode, locale);
  return (
    <ReportPanel id="open" title={t("reports.open.title")} description={t("reports.open.description")}>
      <div className="grid grid-cols-2 gap-3">
        <Stat label={t("reports.open.open")} value={count(open.total)} />
        <Stat
          label={t("reports.open.overdueNow")}
          value={<span data-testid="overdue-now">{count(open.overdue)}</span>}
          detail={
            <Link className="text-blue-800 hover:underline" href={queueHref({ ...queueFilters, view: "overdue" })}>
              {t("reports.open.overdueLink")}
            </Link>
          }
        />
      </div>
      {filters.view === "charts" ? (
        <BarListChart
          testId="open-chart"
          locale={locale}
          summary={t("reports.open.summary", {
            statuses: listOf(
              locale,
              open.byStatus.map((s) => `${label(s.status)} ${count(s.count)}`),
            ),
            overdue: count(open.overdue),
          })}
          series={[{ label: t("reports.open.series"), color: "#0072B2" }]}
          rows={open.byStatus.map((s) => ({
            label: label(s.status),
            values: [s.count],
            display: [count(s.count)],
          }))}
        />
      ) : (
        <ReportTable
          testId="open-table"
          caption={t("reports.open.caption")}
          columns={[t("reports.open.status"), t("reports.open.cases")]}
          rows={[
            ...open.byStatus.map((s) => [
              <Link
                key={s.status}
                className="text-blue-800 hover:underline"
                href={queueHref({ ...queueFilters, status: s.status })}
              >
                {label(s.status)}
              </Link>,
              count(s.count),
            ]),
            [t("reports.open.allOpen"), count(open.total)],
            [t("reports.open.ofWhichOverdue"), count(open.overdue)],
          ]}
        />
      )}
    </ReportPanel>
  );
}
