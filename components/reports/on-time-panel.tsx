import { formatCount } from "@/lib/domain/reports/format";
import { formatRate, type OnTimeCounts } from "@/lib/domain/reports/rates";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel, Stat } from "./report-panel";
import { ReportTable } from "./report-table";

const detail = (c: OnTimeCounts) => `${formatCount(c.onTime)} of ${formatCount(c.closed)}`;

/** Answered on time: closed on or before the due date, extended cases apart. */
export function OnTimePanel({ onTime, view }: { onTime: ReportDashboard["onTime"]; view: "charts" | "table" }) {
  const groups = [
    { label: "Not extended", counts: onTime.notExtended, note: "by the original due date" },
    { label: "Extended", counts: onTime.extended, note: "within the extension" },
    { label: "All", counts: onTime.all, note: "" },
  ];
  return (
    <ReportPanel
      id="on-time"
      title="Answered on time"
      description="Cases closed in the period with an answer (fulfilled, partly, denied or handed to the controller), closed on or before their due date. Withdrawn, expired and duplicate requests are left out."
    >
      <div className="grid grid-cols-3 gap-3">
        {groups.map((g) => (
          <Stat
            key={g.label}
            label={g.label}
            value={
              <span data-testid={`on-time-${g.label.toLowerCase().replace(" ", "-")}`}>
                {formatRate(g.counts.rate)}
              </span>
            }
            detail={detail(g.counts)}
          />
        ))}
      </div>
      {view === "charts" ? (
        <BarListChart
          testId="on-time-chart"
          summary={`On-time rate: ${groups.map((g) => `${g.label.toLowerCase()} ${formatRate(g.counts.rate)} (${detail(g.counts)})`).join(", ")}.`}
          series={[{ label: "On time", color: "#009E73" }]}
          max={1}
          rows={groups.map((g) => ({ label: g.label, values: [g.counts.rate], display: [formatRate(g.counts.rate)] }))}
        />
      ) : (
        <ReportTable
          testId="on-time-table"
          caption="Cases answered on time"
          columns={["Cases", "Closed", "On time", "Rate"]}
          rows={groups.map((g) => [
            g.note ? `${g.label} (${g.note})` : g.label,
            formatCount(g.counts.closed),
            formatCount(g.counts.onTime),
            formatRate(g.counts.rate),
          ])}
        />
      )}
    </ReportPanel>
  );
}
