import { TYPE_LABELS } from "@/lib/domain/cases/labels";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { dateLabel, formatCount, weekLabel } from "@/lib/domain/reports/format";
import { TYPE_COLORS } from "@/lib/domain/reports/labels";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";
import { StackedBarChart } from "./stacked-bar-chart";
import { translatorFor } from "@/lib/i18n/translator";

export function ReceivedPanel({ received, view }: { received: ReportDashboard["received"]; view: "charts" | "table" }) {
  const busiest = received.weeks.reduce((best, w) => (w.total > (best?.total ?? -1) ? w : best), received.weeks[0]);
  const summary =
    `Requests received per week, stacked by type: ${formatCount(received.total)} in ${translatorFor("en")("counts.week", { count: received.weeks.length })}` +
    (busiest && busiest.total > 0
      ? `; the busiest week began ${dateLabel(busiest.week)} with ${formatCount(busiest.total)}.`
      : ".") +
    ` By type: ${
      REQUEST_TYPES.filter((t) => received.byType[t])
        .map((t) => `${TYPE_LABELS[t]} ${formatCount(received.byType[t] ?? 0)}`)
        .join(", ") || "none"
    }.`;
  return (
    <ReportPanel
      id="received"
      title="Requests received per week"
      description={`${formatCount(received.total)} received in the period, confirmed or not. Weeks run Monday to Sunday (UTC).`}
      className="lg:col-span-2"
    >
      {view === "charts" ? (
        <StackedBarChart
          testId="received-chart"
          summary={summary}
          series={REQUEST_TYPES.map((t) => ({ key: t, label: TYPE_LABELS[t], color: TYPE_COLORS[t] }))}
          bars={received.weeks.map((w) => ({
            label: `Week of ${dateLabel(w.week)}`,
            shortLabel: weekLabel(w.week),
            values: w.counts,
            total: w.total,
          }))}
        />
      ) : (
        <ReportTable
          testId="received-table"
          caption="Requests received per week and type"
          columns={["Week of", ...REQUEST_TYPES.map((t) => TYPE_LABELS[t]), "Total"]}
          rows={[
            ...received.weeks.map((w) => [
              dateLabel(w.week),
              ...REQUEST_TYPES.map((t) => formatCount(w.counts[t] ?? 0)),
              formatCount(w.total),
            ]),
            [
              "All weeks",
              ...REQUEST_TYPES.map((t) => formatCount(received.byType[t] ?? 0)),
              formatCount(received.total),
            ],
          ]}
        />
      )}
    </ReportPanel>
  );
}
