import type { TaskResult, TaskState } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";

export interface SummaryTask {
  systemName: string;
  state: TaskState;
  result: TaskResult | null;
}

/**
 * The resolution summary drafted from a case's finished tasks, in the requester's language, for staff to
 * edit before sending (the resolve form is prefilled with it): one line per system saying what was done.
 * Null while any task is unfinished (the case cannot be resolved yet) or when there are none.
 */
export function draftSummary(locale: Locale, tasks: readonly SummaryTask[]): string | null {
  if (tasks.length === 0 || tasks.some((task) => task.state === "OPEN" || task.state === "FAILED")) return null;
  const t = translatorFor(locale);
  const lines = [...tasks]
    .sort((a, b) => a.systemName.localeCompare(b.systemName))
    .map((task) => {
      const what =
        task.state === "DONE" && task.result
          ? t(`tasks.summary.results.${task.result}`)
          : t(`tasks.summary.states.${task.state === "NOT_APPLICABLE" ? "NOT_APPLICABLE" : "WAIVED"}`);
      return t("tasks.summary.line", { system: task.systemName, what });
    });
  return [t("tasks.summary.intro"), ...lines].join("\n");
}
