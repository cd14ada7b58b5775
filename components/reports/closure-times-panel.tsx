import { clausesOf, formatCount } from "@/lib/domain/reports/format";
import { formatDays, roundDays } from "@/lib/domain/reports/rates";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";

export function ClosureTimesPanel({
  closureTimes,
  view,
  locale,
}: {
  closureTimes: ReportDashboard["closureTimes"];
  view: "charts" | "table";
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const label = (type: string) =>
    type === "ALL" ? t("reports.closureTimes.allTypes") : translateIfKnown(t, `labels.types.${type}`, type);
  const days = (value: number | null) => (value === null ? "—" : t("reports.units.days", { value: formatDays(value) }));
  const shown = closureTimes.filter((r) => r.closed > 0 || r.type === "ALL");
  return (
    <ReportPanel
      id="closure-times"
      title={t("reports.closureTimes.title")}
      description={t("reports.closureTimes.description")}
    >
      {view === "charts" ? (
        <BarListChart
          testId="closure-times-chart"
          locale={locale}
          summary={t("reports.closureTimes.summary", {
            types: clausesOf(
              locale,
              shown.map((r) =>
                t("reports.closureTimes.typeSummary", {
                  type: label(r.type),
                  median: formatDays(r.medianDays),
                  p90: formatDays(r.p90Days),
                }),
              ),
            ),
          })}
          series={[
            { label: t("reports.closureTimes.median"), color: "#0072B2" },
            { label: t("reports.closureTimes.p90"), color: "#E69F00" },
          ]}
          rows={shown.map((r) => ({
            label: label(r.type),
            values: [roundDays(r.medianDays), roundDays(r.p90Days)],
            display: [days(r.medianDays), days(r.p90Days)],
          }))}
        />
      ) : (
        <ReportTable
          testId="closure-times-table"
          caption={t("reports.closureTimes.caption")}
          columns={[
            t("reports.closureTimes.type"),
            t("reports.closureTimes.closed"),
            t("reports.closureTimes.medianDays"),
            t("reports.closureTimes.p90Days"),
          ]}
          rows={closureTimes.map((r) => [
            label(r.type),
            formatCount(locale, r.closed),
            formatDays(r.medianDays),
            formatDays(r.p90Days),
          ])}
        />
      )}
    </ReportPanel>
  );
}
