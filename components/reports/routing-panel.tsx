import { clausesOf, formatCount, formatHours } from "@/lib/domain/reports/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";

export function RoutingPanel({
  routing,
  view,
  locale,
}: {
  routing: ReportDashboard["routing"];
  view: "charts" | "table";
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const count = (value: number) => formatCount(locale, value);
  const hours = (value: number | null) => formatHours(locale, value);
  return (
    <ReportPanel
      id="routing"
      title={t("reports.routing.title")}
      description={t("reports.routing.description")}
      className="lg:col-span-2"
    >
      {routing.length === 0 ? (
        <p className="text-sm text-slate-600">{t("reports.routing.empty")}</p>
      ) : view === "charts" ? (
        <BarListChart
          testId="routing-chart"
          locale={locale}
          summary={t("reports.routing.summary", {
            customers: clausesOf(
              locale,
              routing.map((r) =>
                t("reports.routing.customerSummary", {
                  customer: r.customer,
                  cases: r.cases,
                  time: hours(r.medianHoursToAcknowledge),
                }),
              ),
            ),
          })}
          series={[{ label: t("reports.routing.series"), color: "#56B4E9" }]}
          rows={routing.map((r) => ({
            label: r.customer,
            values: [r.cases],
            display: [t("reports.routing.barText", { cases: count(r.cases), time: hours(r.medianHoursToAcknowledge) })],
          }))}
        />
      ) : (
        <ReportTable
          testId="routing-table"
          caption={t("reports.routing.caption")}
          columns={[
            t("reports.routing.customer"),
            t("reports.routing.cases"),
            t("reports.routing.deliveries"),
            t("reports.routing.acknowledged"),
            t("reports.routing.medianAcknowledge"),
          ]}
          rows={routing.map((r) => [
            r.customer,
            count(r.cases),
            count(r.routings),
            count(r.acknowledged),
            hours(r.medianHoursToAcknowledge),
          ])}
        />
      )}
    </ReportPanel>
  );
}
