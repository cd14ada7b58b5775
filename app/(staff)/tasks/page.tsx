import type { Metadata } from "next";
import Link from "next/link";
import { MyTaskForm } from "@/components/fulfilment/my-task-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { deliveryErrorText } from "@/lib/domain/fulfilment/delivery-errors";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { listMyTasks } from "@/lib/server/fulfilment/list-my-tasks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("myTasks.title") };
}
export const dynamic = "force-dynamic";

/** "My tasks": the open and failed tasks of the systems the signed-in staff member owns, each with its form. */
export default async function MyTasksPage() {
  const actor = await requirePagePermission("cases:read", "/tasks");
  const t = translatorFor(actor.locale);
  const tasks = await listMyTasks(actor);
  // An auditor who owns a system sees its tasks but records nothing (auditors change nothing).
  const mayRecord = can(actor.role, "cases:work");
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("myTasks.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("myTasks.intro")}</p>
      </section>
      {tasks.length === 0 ? (
        <p className="text-slate-700" data-testid="no-tasks">
          {t("myTasks.none")}
        </p>
      ) : (
        <ul className="space-y-4">
          {tasks.map((task) => (
            <li key={task.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="my-task">
              <dl className="mb-3 grid grid-cols-4 gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("myTasks.system")}</dt>
                <dd className="col-span-3" translate="no">
                  {task.systemName}
                </dd>
                <dt className="text-slate-600">{t("myTasks.case")}</dt>
                <dd className="col-span-3">
                  <Link href={`/cases/${task.caseId}`} className="text-blue-800 underline" translate="no">
                    {task.reference}
                  </Link>
                </dd>
                <dt className="text-slate-600">{t("myTasks.dueDate")}</dt>
                <dd className="col-span-3">{task.dueDate}</dd>
                <dt className="text-slate-600">{t("myTasks.state")}</dt>
                <dd className="col-span-3">{t(`myTasks.states.${task.state}`)}</dd>
                <dt className="text-slate-600">{t("myTasks.whatToDo")}</dt>
                <dd className="col-span-3 whitespace-pre-wrap">
                  {t(`tasks.instructions.${task.instruction.key}`, task.instruction.args)}
                </dd>
                {task.identifier && (
                  <>
                    <dt className="text-slate-600">{t("taskLink.identifier")}</dt>
                    <dd className="col-span-3" translate="no">
                      {task.identifier}
                    </dd>
                  </>
                )}
              </dl>
              {/* Why a failed task came back: a note of its own, not part of the instruction above. */}
              {task.deliveryError !== null ? (
                <p className="mb-3 text-sm text-red-800" role="note">
                  {deliveryErrorText(actor.locale, task.deliveryError, true)}
                </p>
              ) : (
                task.reason && (
                  <p className="mb-3 text-sm text-red-800" role="note">
                    {t("myTasks.reasonWas", { reason: task.reason })}
                  </p>
                )
              )}
              {mayRecord && (
                <MyTaskForm
                  caseId={task.caseId}
                  taskId={task.id}
                  results={task.results}
                  withFiles={task.kind === "ACCESS"}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
