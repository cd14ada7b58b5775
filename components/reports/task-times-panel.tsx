import { formatCount, formatHours } from "@/lib/domain/reports/format";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportDashboard } from "@/lib/server/reports/report-dashboard";
import { ReportPanel } from "./report-panel";
import { ReportTable } from "./report-table";

/** Median time to finish tasks per system (lib/server/reports/task-times.ts), as a table in both views. */
export function TaskTimesPanel({ rows, locale }: { rows: ReportDashboard["taskTimes"]; locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <ReportPanel
      id="task-times"
      title={t("tasks.report.title")}
      description={t("tasks.report.intro")}
      className="lg:col-span-2"
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("tasks.report.empty")}</p>
      ) : (
        <ReportTable
          testId="task-times-table"
          caption={t("tasks.report.title")}
          columns={[t("tasks.report.system"), t("tasks.report.finished"), t("tasks.report.median")]}
          rows={rows.map((row) => [
            // A system's name is data (what the registry calls it), not a word of the page.
            <span key="system" translate="no">
              {row.system}
            </span>,
            formatCount(locale, row.finished),
            formatHours(locale, row.medianHours),
          ])}
        />
      )}
    </ReportPanel>
  );
}
