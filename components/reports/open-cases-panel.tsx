import Link from "next/link";
import { queueHref } from "@/lib/domain/cases/queue-filters";
import { statusLabel, type CaseStatusCode } from "@/lib/domain/cases/workflow";
import { formatCount } from "@/lib/domain/reports/format";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel, Stat } from "./report-panel";
import { ReportTable } from "./report-table";

/** Open cases now (a snapshot: the period does not apply), with links to the same cases in the queue. */
export function OpenCasesPanel({ open, filters }: { open: ReportDashboard["open"]; filters: ReportFilters }) {
  const queueFilters = { type: filters.type, regime: filters.regime, customerId: filters.customerId };
  const label = (status: string) => statusLabel(status as CaseStatusCode);
  return (
    <ReportPanel id="open" title="Open cases now" description="Today, whatever the period; the filters apply.">
      <div className="grid grid-cols-2 gap-3">
        <Stat label="Open" value={formatCount(open.total)} />
        <Stat
          label="Overdue now"
          value={<span data-testid="overdue-now">{formatCount(open.overdue)}</span>}
          detail={
            <Link className="text-blue-800 hover:underline" href={queueHref({ ...queueFilters, view: "overdue" })}>
              Open the overdue cases
            </Link>
          }
        />
      </div>
      {filters.view === "charts" ? (
        <BarListChart
          testId="open-chart"
          summary={`Open cases by status: ${open.byStatus.map((s) => `${label(s.status)} ${formatCount(s.count)}`).join(", ")}; ${formatCount(open.overdue)} overdue.`}
          series={[{ label: "Cases", color: "#0072B2" }]}
          rows={open.byStatus.map((s) => ({
            label: label(s.status),
            values: [s.count],
            display: [formatCount(s.count)],
          }))}
        />
      ) : (
        <ReportTable
          testId="open-table"
          caption="Open cases by status"
          columns={["Status", "Cases"]}
          rows={[
            ...open.byStatus.map((s) => [
              <Link
                key={s.status}
                className="text-blue-800 hover:underline"
                href={queueHref({ ...queueFilters, status: s.status })}
              >
                {label(s.status)}
              </Link>,
              formatCount(s.count),
            ]),
            ["All open", formatCount(open.total)],
            ["Of which overdue", formatCount(open.overdue)],
          ]}
        />
      )}
    </ReportPanel>
  );
}
