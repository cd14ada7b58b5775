import { formatCount, listOf } from "@/lib/domain/reports/format";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";

export function ExtensionsPanel({
  extensions,
  view,
  locale,
}: {
  extensions: ReportDashboard["extensions"];
  view: "charts" | "table";
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const count = (value: number) => formatCount(locale, value);
  // The regime comes from the database as text: an unknown one is shown as its code.
  const label = (regime: string) => translateIfKnown(t, `labels.regimes.${regime}`, regime);
  return (
    <ReportPanel
      id="extensions"
      title={t("reports.extensions.title")}
      description={t("reports.extensions.description", {
        deadlines: t("counts.deadline", { count: extensions.total }),
      })}
    >
      {extensions.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("reports.extensions.empty")}</p>
      ) : view === "charts" ? (
        <BarListChart
          testId="extensions-chart"
          locale={locale}
          summary={t("reports.extensions.summary", {
            regimes: listOf(
              locale,
              extensions.rows.map((r) => `${label(r.regime)} ${count(r.count)}`),
            ),
          })}
          series={[{ label: t("reports.extensions.series"), color: "#CC79A7" }]}
          rows={extensions.rows.map((r) => ({
            label: label(r.regime),
            values: [r.count],
            display: [count(r.count)],
          }))}
        />
      ) : (
        <ReportTable
          testId="extensions-table"
          caption={t("reports.extensions.caption")}
          columns={[t("reports.extensions.regime"), t("reports.extensions.extensions")]}
          rows={[
            ...extensions.rows.map((r) => [label(r.regime), count(r.count)]),
            [t("reports.extensions.allRegimes"), count(extensions.total)],
          ]}
        />
      )}
    </ReportPanel>
  );
}
