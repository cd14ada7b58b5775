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
 * edit before sending (the resolve form is prefilled with it): one line per system that did something.
 * Systems whose task did not apply or was waived are left out: why is internal, and "nothing was needed"
 * may not be true. Null while any task is unfinished (the case cannot be resolved yet), or when no task
 * was done.
 */
export function draftSummary(locale: Locale, tasks: readonly SummaryTask[]): string | null {
  if (tasks.some((task) => task.state === "OPEN" || task.state === "FAILED")) return null;
  const done = tasks.filter((task) => task.state === "DONE" && task.result);
  if (done.length === 0) return null;
  const t = translatorFor(locale);
  const lines = [...done]
    .sort((a, b) => a.systemName.localeCompare(b.systemName))
    .map((task) =>
      t("tasks.summary.line", { system: task.systemName, what: t(`tasks.summary.results.${task.result!}`) }),
    );
  return [t("tasks.summary.intro"), ...lines].join("\n");
}
