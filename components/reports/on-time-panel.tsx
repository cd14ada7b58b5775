import { formatCount, listOf } from "@/lib/domain/reports/format";
import { formatRate } from "@/lib/domain/reports/rates";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { BarListChart } from "./bar-list-chart";
import { ReportPanel, Stat } from "./report-panel";
import { ReportTable } from "./report-table";

/** Answered on time: closed on or before the due date, extended cases apart. */
export function OnTimePanel({
  onTime,
  view,
  locale,
}: {
  onTime: ReportDashboard["onTime"];
  view: "charts" | "table";
  locale: Locale;
}) {
  const t = translatorFor(locale);
  const count = (value: number) => formatCount(locale, value);
  const groups = (["notExtended", "extended", "all"] as const).map((group) => {
    const counts = onTime[group];
    const figures = { rate: formatRate(counts.rate), onTime: count(counts.onTime), closed: count(counts.closed) };
    return {
      group,
      counts,
      label: t(`reports.onTime.groups.${group}`),
      rowHeader: t(`reports.onTime.rows.${group}`),
      summary: t(`reports.onTime.groupSummaries.${group}`, figures),
      detail: t("reports.onTime.detail", figures),
    };
  });
  // The test ids stay in English: they are for the tests, not for people.
  const testIds = { notExtended: "on-time-not-extended", extended: "on-time-extended", all: "on-time-all" };
  return (
    <ReportPanel id="on-time" title={t("reports.onTime.title")} description={t("reports.onTime.description")}>
      <div className="grid grid-cols-3 gap-3">
        {groups.map((g) => (
          <Stat
            key={g.group}
            label={g.label}
            value={<span data-testid={testIds[g.group]}>{formatRate(g.counts.rate)}</span>}
            detail={g.detail}
          />
        ))}
      </div>
      {view === "charts" ? (
        <BarListChart
          testId="on-time-chart"
          locale={locale}
          summary={t("reports.onTime.summary", {
            groups: listOf(
              locale,
              groups.map((g) => g.summary),
            ),
          })}
          series={[{ label: t("reports.onTime.series"), color: "#009E73" }]}
          max={1}
          rows={groups.map((g) => ({ label: g.label, values: [g.counts.rate], display: [formatRate(g.counts.rate)] }))}
        />
      ) : (
        <ReportTable
          testId="on-time-table"
          caption={t("reports.onTime.caption")}
          columns={[
            t("reports.onTime.cases"),
            t("reports.onTime.closed"),
            t("reports.onTime.onTime"),
            t("reports.onTime.rate"),
          ]}
          rows={groups.map((g) => [
            g.rowHeader,
            count(g.counts.closed),
            count(g.counts.onTime),
            formatRate(g.counts.rate),
          ])}
        />
      )}
    </ReportPanel>
  );
}
