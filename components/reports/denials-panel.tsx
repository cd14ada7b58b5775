import { formatCount, listOf } from "@/lib/domain/reports/format";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";

export function DenialsPanel({
  denials,
  view,
  locale,
}: {
  denials: ReportDashboard["denials"];
  view: "charts" | "table";
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const count = (value: number) => formatCount(locale, value);
  // The reason comes from the database as text: an unknown code is shown as it is.
  const reasonLabel = (reason: string | null) =>
    reason === null ? t("reports.denials.noReason") : translateIfKnown(t, `labels.denialReasons.${reason}`, reason);
  return (
    <ReportPanel
      id="denials"
      title={t("reports.denials.title")}
      description={t("reports.denials.description", { requests: t("counts.request", { count: denials.total }) })}
    >
      {denials.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("reports.denials.empty")}</p>
      ) : view === "charts" ? (
        <BarListChart
          testId="denials-chart"
          locale={locale}
          summary={t("reports.denials.summary", {
            reasons: listOf(
              locale,
              denials.rows.map((r) => `${reasonLabel(r.reason)} ${count(r.count)}`),
            ),
          })}
          series={[{ label: t("reports.denials.series"), color: "#D55E00" }]}
          rows={denials.rows.map((r) => ({
            label: reasonLabel(r.reason),
            values: [r.count],
            display: [count(r.count)],
          }))}
        />
      ) : (
        <ReportTable
          testId="denials-table"
          caption={t("reports.denials.caption")}
          columns={[t("reports.denials.reason"), t("reports.denials.code"), t("reports.denials.denials")]}
          rows={[
            ...denials.rows.map((r) => [reasonLabel(r.reason), r.reason ?? "—", count(r.count)]),
            [t("reports.denials.allReasons"), "", count(denials.total)],
          ]}
        />
      )}
    </ReportPanel>
  );
}
