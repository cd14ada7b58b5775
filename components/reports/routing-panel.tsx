import { formatCount, formatHours } from "@/lib/domain/reports/format";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";
import { translatorFor } from "@/lib/i18n/translator";

export function RoutingPanel({ routing, view }: { routing: ReportDashboard["routing"]; view: "charts" | "table" }) {
  return (
    <ReportPanel
      id="routing"
      title="Routed to customers"
      description="Requests delivered to the cloud customer (the controller) in the period, and the median time the customer took to acknowledge."
      className="lg:col-span-2"
    >
      {routing.length === 0 ? (
        <p className="text-sm text-slate-600">No requests routed in the period.</p>
      ) : view === "charts" ? (
        <BarListChart
          testId="routing-chart"
          summary={`Routed cases per customer: ${routing
            .map(
              (r) =>
                `${r.customer} ${translatorFor("en")("counts.case", { count: r.cases })}, median ${formatHours(r.medianHoursToAcknowledge)} to acknowledge`,
            )
            .join("; ")}.`}
          series={[{ label: "Cases routed", color: "#56B4E9" }]}
          rows={routing.map((r) => ({
            label: r.customer,
            values: [r.cases],
            display: [`${formatCount(r.cases)} · ack. ${formatHours(r.medianHoursToAcknowledge)}`],
          }))}
        />
      ) : (
        <ReportTable
          testId="routing-table"
          caption="Routed cases per customer"
          columns={["Customer", "Cases", "Deliveries", "Acknowledged", "Median time to acknowledge"]}
          rows={routing.map((r) => [
            r.customer,
            formatCount(r.cases),
            formatCount(r.routings),
            formatCount(r.acknowledged),
            formatHours(r.medianHoursToAcknowledge),
          ])}
        />
      )}
    </ReportPanel>
  );
}
