import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { dateLabel, formatCount, listOf, weekLabel } from "@/lib/domain/reports/format";
import { TYPE_COLORS } from "@/lib/domain/reports/type-colors";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";
import { StackedBarChart } from "./stacked-bar-chart";

export function ReceivedPanel({
  received,
  view,
  locale,
}: {
  received: ReportDashboard["received"];
  view: "charts" | "table";
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const count = (value: number) => formatCount(locale, value);
  const typeLabel = (type: (typeof REQUEST_TYPES)[number]) => t(`labels.types.${type}`);
  const busiest = received.weeks.reduce((best, w) => (w.total > (best?.total ?? -1) ? w : best), received.weeks[0]);
  const byType =
    listOf(
      locale,
      REQUEST_TYPES.filter((type) => received.byType[type]).map(
        (type) => `${typeLabel(type)} ${count(received.byType[type] ?? 0)}`,
      ),
    ) || t("reports.received.noTypes");
  const totals = {
    total: count(received.total),
    weeks: t("counts.week", { count: received.weeks.length }),
    byType,
  };
  const summary =
    busiest && busiest.total > 0
      ? t("reports.received.summaryBusiest", {
          ...totals,
          busiestWeek: dateLabel(locale, busiest.week),
          busiestTotal: count(busiest.total),
        })
      : t("reports.received.summary", totals);
  return (
    <ReportPanel
      id="received"
      title={t("reports.received.title")}
      description={t("reports.received.description", { total: count(received.total) })}
      className="lg:col-span-2"
    >
      {view === "charts" ? (
        <StackedBarChart
          testId="received-chart"
          locale={locale}
          summary={summary}
          series={REQUEST_TYPES.map((type) => ({ key: type, label: typeLabel(type), color: TYPE_COLORS[type] }))}
          bars={received.weeks.map((w) => ({
            label: t("reports.received.weekOf", { date: dateLabel(locale, w.week) }),
            shortLabel: weekLabel(locale, w.week),
            values: w.counts,
            total: w.total,
          }))}
        />
      ) : (
        <ReportTable
          testId="received-table"
          caption={t("reports.received.caption")}
          columns={[t("reports.received.weekColumn"), ...REQUEST_TYPES.map(typeLabel), t("reports.received.total")]}
          rows={[
            ...received.weeks.map((w) => [
              dateLabel(locale, w.week),
              ...REQUEST_TYPES.map((type) => count(w.counts[type] ?? 0)),
              count(w.total),
            ]),
            [
              t("reports.received.allWeeks"),
              ...REQUEST_TYPES.map((type) => count(received.byType[type] ?? 0)),
              count(received.total),
            ],
          ]}
        />
      )}
    </ReportPanel>
  );
}
