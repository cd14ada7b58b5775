import { labelFor, TYPE_LABELS } from "@/lib/domain/cases/labels";
import { formatCount } from "@/lib/domain/reports/format";
import { formatDays, roundDays } from "@/lib/domain/reports/rates";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";

export function ClosureTimesPanel({
  closureTimes,
  view,
}: {
  closureTimes: ReportDashboard["closureTimes"];
  view: "charts" | "table";
}) {
  const label = (type: string) => (type === "ALL" ? "All types" : labelFor(TYPE_LABELS, type));
  const shown = closureTimes.filter((r) => r.closed > 0 || r.type === "ALL");
  return (
    <ReportPanel
      id="closure-times"
      title="Days to close"
      description="Calendar days from receipt to closure of the answered cases closed in the period: the median and the 90th percentile."
    >
      {view === "charts" ? (
        <BarListChart
          testId="closure-times-chart"
          summary={`Days to close, median and 90th percentile: ${shown
            .map((r) => `${label(r.type)} ${formatDays(r.medianDays)} and ${formatDays(r.p90Days)}`)
            .join("; ")}.`}
          series={[
            { label: "Median", color: "#0072B2" },
            { label: "90th percentile", color: "#E69F00" },
          ]}
          rows={shown.map((r) => ({
            label: label(r.type),
            values: [roundDays(r.medianDays), roundDays(r.p90Days)],
            display: [`${formatDays(r.medianDays)} d`, `${formatDays(r.p90Days)} d`],
          }))}
        />
      ) : (
        <ReportTable
          testId="closure-times-table"
          caption="Days to close per request type"
          columns={["Type", "Closed", "Median days", "90th percentile days"]}
          rows={closureTimes.map((r) => [
            label(r.type),
            formatCount(r.closed),
            formatDays(r.medianDays),
            formatDays(r.p90Days),
          ])}
        />
      )}
    </ReportPanel>
  );
}
