import type { ReactNode } from "react";
import { ActionForm } from "@/components/cases/action-form";
import { MyTaskForm } from "@/components/fulfilment/my-task-form";
import { can as roleCan, type StaffRole } from "@/lib/auth/roles";
import { deliveryErrorOfReason, deliveryErrorText } from "@/lib/domain/fulfilment/delivery-errors";
import { makesTasks, RESULTS_BY_KIND, isUnfinished } from "@/lib/domain/fulfilment/task-rules";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor } from "@/lib/i18n/translator";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import type { CaseTask, CaseTasks } from "@/lib/server/fulfilment/case-tasks";

/** The statuses a case's tasks are worked in (lib/server/fulfilment/case-task-guards.ts refuses the others). */
const TASK_STATUSES: readonly string[] = ["NEW", "IN_PROGRESS", "AWAITING_REQUESTER"];

const STATE_TONES: Record<CaseTask["state"], string> = {
  OPEN: "bg-amber-100 text-amber-900",
  DONE: "bg-green-100 text-green-900",
  NOT_APPLICABLE: "bg-slate-100 text-slate-800",
  FAILED: "bg-red-100 text-red-900",
  WAIVED: "bg-slate-100 text-slate-800",
};

/**
 * The case's tasks: each system's part with its instruction in words, its state, result or reason, who
 * finished it and when, its files and, for a webhook system, the last delivery; and the forms open to the
 * reader: add a task (`cases:work`), record a result (`cases:work`), waive with a reason (`cases:decide`).
 * `taskButtons` is where other parts put their buttons for a task, next to its forms: a manual task's
 * "resend link" / "revoke link" (components/fulfilment/task-link-buttons.tsx), a webhook task's "send again"
 * (its last delivery is `task.lastDelivery`); the case page passes it, the panel only places it.
 */
export function CaseTasksPanel({
  detail,
  tasks,
  actor,
  taskButtons,
}: {
  detail: CaseDetail;
  tasks: CaseTasks;
  actor: { role: StaffRole; locale: Locale };
  taskButtons?: (task: CaseTask) => ReactNode;
}) {
  const t = translatorFor(actor.locale);
  const at = (value: Date) => t("labels.utc", { time: formatDateTime(actor.locale, value) });
  const workable = TASK_STATUSES.includes(detail.status) && detail.actions.length > 0;
  const mayWork = workable && roleCan(actor.role, "cases:work");
  const mayWaive = workable && roleCan(actor.role, "cases:decide");
  if (!makesTasks(detail.type) && tasks.tasks.length === 0) return null;
  const common = { caseId: detail.id, version: detail.version };
  return (
    <section
      aria-labelledby="tasks-title"
      className="space-y-3 rounded-md border border-slate-200 bg-white p-4"
      data-testid="tasks-panel"
    >
      <h2 id="tasks-title" className="font-semibold">
        {t("tasks.panel.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("tasks.panel.intro")}</p>
      {tasks.suppression && (
        <p className="rounded-md border border-blue-200 bg-blue-50 p-2 text-sm" data-testid="suppression-time">
          {tasks.suppression.tookMs !== null
            ? t("tasks.suppression.took", {
                hours: formatNumber(actor.locale, Math.round(tasks.suppression.tookMs / 360_000) / 10),
              })
            : t("tasks.suppression.waiting", {
                when: tasks.suppression.confirmedAt ? at(tasks.suppression.confirmedAt) : t("labels.none"),
              })}
        </p>
      )}
      {tasks.tasks.length === 0 ? (
        <p className="text-sm text-slate-600">{t("tasks.panel.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="task-list">
          {tasks.tasks.map((task) => (
            <li key={task.id} className="space-y-2 py-3" data-testid="task" data-task-id={task.id}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium" translate="no">
                  {task.system.name}
                </span>
                <span className="text-xs text-slate-500">({t(`tasks.reach.${task.system.reach}`)})</span>
                <span
                  className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_TONES[task.state]}`}
                  data-testid="task-state"
                >
                  {t(`tasks.states.${task.state}`)}
                </span>
              </div>
              <p className="text-sm">
                <span className="text-slate-600">{t("tasks.panel.instruction")}: </span>
                {t(`tasks.instructions.${task.instruction.key}`, task.instruction.args)}
              </p>
              {task.result && (
                <p className="text-sm">
                  <span className="text-slate-600">{t("tasks.panel.result")}: </span>
                  {t(`tasks.results.${task.result}`)}
                </p>
              )}
              {task.finishedBy === "ROUTING" || task.finishedBy === "CLOSURE" ? (
                <p className="text-sm text-slate-600">
                  {task.finishedBy === "ROUTING" ? t("tasks.panel.routed") : t("tasks.panel.closed")}
                </p>
              ) : (
                task.reason && (
                  <p className="text-sm">
                    <span className="text-slate-600">
                      {task.state === "DONE" ? t("tasks.panel.note") : t("tasks.panel.reason")}:{" "}
                    </span>
                    {deliveryErrorOfReason(task.reason, task.finishedBy) !== null ? (
                      <span>
                        {deliveryErrorText(actor.locale, deliveryErrorOfReason(task.reason, task.finishedBy)!, true)}
                      </span>
                    ) : (
                      <span translate="no">{task.reason}</span>
                    )}
                  </p>
                )
              )}
              {task.finishedAt && (
                <p className="text-xs text-slate-500">
                  {t("tasks.panel.finished", {
                    who:
                      task.finishedByName ??
                      translateIfKnown(t, `tasks.finishers.${task.finishedBy ?? "STAFF"}`, task.finishedBy ?? ""),
                    when: at(task.finishedAt),
                  })}
                </p>
              )}
              {task.files.length > 0 && (
                <p className="text-sm">
                  <span className="text-slate-600">{t("tasks.panel.files")}: </span>
                  {task.files.map((file, index) => (
                    <span key={file.id}>
                      {index > 0 && ", "}
                      <a className="text-blue-800 underline" href={`/api/v1/uploads/${file.id}`}>
                        {file.downloadName}
                      </a>
                    </span>
                  ))}
                </p>
              )}
              {task.lastDelivery && (
                <p className="text-xs text-slate-500" data-testid="task-delivery">
                  {t("tasks.panel.delivery", {
                    status: t(`tasks.deliveryStatuses.${task.lastDelivery.status}`),
                    attempts: task.lastDelivery.attempts,
                  })}
                  {task.lastDelivery.lastStatusCode !== null &&
                    ` · ${t("tasks.panel.deliveryCode", { code: String(task.lastDelivery.lastStatusCode) })}`}
                </p>
              )}
              {task.responseExcerpt && (
                <div className="text-xs">
                  <p className="text-slate-600">{t("tasks.panel.responseExcerpt")}</p>
                  <pre className="max-h-32 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2" translate="no">
                    {task.responseExcerpt}
                  </pre>
                </div>
              )}
              {task.hasLink && (
                <p className="text-xs text-slate-500">
                  {task.linkRevokedAt
                    ? t("tasks.panel.linkRevoked")
                    : task.linkExpiresAt && t("tasks.panel.linkExpires", { when: at(task.linkExpiresAt) })}
                </p>
              )}
              {taskButtons?.(task)}
              {isUnfinished(task.state) && mayWork && makesTasks(task.kind) && (
                <details className="rounded border border-slate-200 p-2">
                  <summary className="cursor-pointer text-sm text-blue-800">{t("tasks.record.title")}</summary>
                  {task.kind === "ACCESS" ? (
                    // An access export comes with its files: the form "My tasks" uses, which takes them.
                    <MyTaskForm
                      caseId={detail.id}
                      version={detail.version}
                      taskId={task.id}
                      results={RESULTS_BY_KIND.ACCESS}
                      withFiles
                    />
                  ) : (
                    <ActionForm
                      id="record-task"
                      domId={`record-task-${task.id}`}
                      {...common}
                      hidden={{ taskId: task.id }}
                      fields={[
                        {
                          name: "state",
                          label: t("tasks.record.outcome"),
                          kind: "select",
                          options: (["DONE", "NOT_APPLICABLE", "FAILED"] as const).map((state) => ({
                            value: state,
                            label: t(`tasks.record.outcomes.${state}`),
                          })),
                        },
                        {
                          name: "result",
                          label: t("tasks.record.result"),
                          kind: "select",
                          options: RESULTS_BY_KIND[task.kind].map((result) => ({
                            value: result,
                            label: t(`tasks.results.${result}`),
                          })),
                        },
                        { name: "reason", label: t("tasks.record.reason"), kind: "textarea" },
                      ]}
                      submitLabel={t("tasks.record.submit")}
                    />
                  )}
                </details>
              )}
              {isUnfinished(task.state) && mayWaive && (
                <details className="rounded border border-slate-200 p-2">
                  <summary className="cursor-pointer text-sm text-blue-800">{t("tasks.waive.title")}</summary>
                  <ActionForm
                    id="waive-task"
                    domId={`waive-task-${task.id}`}
                    {...common}
                    hidden={{ taskId: task.id }}
                    fields={[{ name: "reason", label: t("tasks.waive.reason"), kind: "textarea" }]}
                    submitLabel={t("tasks.waive.submit")}
                    tone="secondary"
                  />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayWork && makesTasks(detail.type) && tasks.systemsToAdd.length > 0 && (
        <ActionForm
          id="add-task"
          title={t("tasks.add.title")}
          {...common}
          fields={[
            {
              name: "systemId",
              label: t("tasks.add.system"),
              kind: "select",
              options: [
                { value: "all", label: t("tasks.add.all") },
                ...tasks.systemsToAdd.map((system) => ({ value: system.id, label: system.name, data: true })),
              ],
            },
          ]}
          submitLabel={t("tasks.add.submit")}
          tone="secondary"
        />
      )}
    </section>
  );
}
