import { labelFor } from "@/lib/domain/cases/labels";
import { formatCount } from "@/lib/domain/reports/format";
import { REGIME_LABELS } from "@/lib/domain/reports/labels";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";
import { translatorFor } from "@/lib/i18n/translator";

export function ExtensionsPanel({
  extensions,
  view,
}: {
  extensions: ReportDashboard["extensions"];
  view: "charts" | "table";
}) {
  const label = (regime: string) => labelFor(REGIME_LABELS, regime);
  return (
    <ReportPanel
      id="extensions"
      title="Extensions used"
      description={`${translatorFor("en")("counts.deadline", { count: extensions.total })} extended in the period (each regime allows one per case).`}
    >
      {extensions.rows.length === 0 ? (
        <p className="text-sm text-slate-600">No extensions in the period.</p>
      ) : view === "charts" ? (
        <BarListChart
          testId="extensions-chart"
          summary={`Extensions by regime: ${extensions.rows.map((r) => `${label(r.regime)} ${formatCount(r.count)}`).join(", ")}.`}
          series={[{ label: "Extensions", color: "#CC79A7" }]}
          rows={extensions.rows.map((r) => ({
            label: label(r.regime),
            values: [r.count],
            display: [formatCount(r.count)],
          }))}
        />
      ) : (
        <ReportTable
          testId="extensions-table"
          caption="Extensions used per regime"
          columns={["Regime", "Extensions"]}
          rows={[
            ...extensions.rows.map((r) => [label(r.regime), formatCount(r.count)]),
            ["All regimes", formatCount(extensions.total)],
          ]}
        />
      )}
    </ReportPanel>
  );
}
