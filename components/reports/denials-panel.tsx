import { DENIAL_REASON_LABELS, type DenialReasonCode } from "@/lib/domain/cases/denial";
import { formatCount } from "@/lib/domain/reports/format";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";
import { translatorFor } from "@/lib/i18n/translator";

const reasonLabel = (reason: string | null) =>
  reason === null ? "No reason code" : (DENIAL_REASON_LABELS[reason as DenialReasonCode] ?? reason);

export function DenialsPanel({ denials, view }: { denials: ReportDashboard["denials"]; view: "charts" | "table" }) {
  return (
    <ReportPanel
      id="denials"
      title="Denials by reason"
      description={`${translatorFor("en")("counts.request", { count: denials.total })} denied in the period.`}
    >
      {denials.rows.length === 0 ? (
        <p className="text-sm text-slate-600">No denials in the period.</p>
      ) : view === "charts" ? (
        <BarListChart
          testId="denials-chart"
          summary={`Denials by reason: ${denials.rows.map((r) => `${reasonLabel(r.reason)} ${formatCount(r.count)}`).join(", ")}.`}
          series={[{ label: "Denials", color: "#D55E00" }]}
          rows={denials.rows.map((r) => ({
            label: reasonLabel(r.reason),
            values: [r.count],
            display: [formatCount(r.count)],
          }))}
        />
      ) : (
        <ReportTable
          testId="denials-table"
          caption="Denials by reason code"
          columns={["Reason", "Code", "Denials"]}
          rows={[
            ...denials.rows.map((r) => [reasonLabel(r.reason), r.reason ?? "—", formatCount(r.count)]),
            ["All reasons", "", formatCount(denials.total)],
          ]}
        />
      )}
    </ReportPanel>
  );
}
