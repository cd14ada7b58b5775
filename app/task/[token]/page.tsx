import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskResultForm } from "@/components/fulfilment/task-result-form";
import { LanguageSwitch } from "@/components/public/language-switch";
import { Alert } from "@/components/ui/alert";
import { DocumentLanguage } from "@/components/ui/document-language";
import { isAppError } from "@/lib/errors/app-error";
import { htmlLang } from "@/lib/i18n/languages";
import { requestLocale } from "@/lib/i18n/locale";
import { taskLinkView, type TaskLinkView } from "@/lib/server/fulfilment/task-link-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("taskLink.title"), referrer: "no-referrer", robots: { index: false } };
}
export const dynamic = "force-dynamic";

/**
 * A system owner's task page, reached by the link we emailed (256-bit token, hash stored, expiring with the
 * case, revocable; no account needed): only what the task needs, and the form to report it. In the
 * visitor's language (English or Chinese), like the other link pages.
 */
export default async function TaskLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await requestLocale();
  let view: TaskLinkView;
  try {
    view = await taskLinkView(token);
  } catch (error) {
    // Unknown, expired, revoked and replaced links, and closed cases: one 404 page (./not-found.tsx).
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <main lang={htmlLang(locale)} className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <DocumentLanguage lang={htmlLang(locale)} />
      <header>
        <div className="flex items-center justify-between">
          <p className="text-sm text-slate-600" translate="no">
            {view.systemName}
          </p>
          <LanguageSwitch locale={locale} label={t("site.switchTo")} returnTo={`/task/${token}`} />
        </div>
        <h1 className="text-2xl font-semibold">{t("taskLink.heading", { reference: view.reference })}</h1>
        {view.open && <p className="text-slate-700">{t("taskLink.intro", { systemName: view.systemName })}</p>}
      </header>
      {view.open ? (
        <>
          <section aria-labelledby="task-title" className="rounded-md border border-slate-200 bg-white p-4">
            <h2 id="task-title" className="mb-2 font-semibold">
              {t("taskLink.whatToDo")}
            </h2>
            <p className="mb-3 whitespace-pre-wrap" data-testid="task-instruction">
              {t(`tasks.instructions.${view.instruction.key}`, view.instruction.args)}
            </p>
            <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("taskLink.reference")}</dt>
              <dd className="col-span-2" translate="no">
                {view.reference}
              </dd>
              <dt className="text-slate-600">{t("taskLink.dueDate")}</dt>
              <dd className="col-span-2">{view.dueDate}</dd>
              {view.identifier && (
                <>
                  <dt className="text-slate-600">{t("taskLink.identifier")}</dt>
                  <dd className="col-span-2" translate="no" data-testid="task-identifier">
                    {view.identifier}
                  </dd>
                </>
              )}
            </dl>
          </section>
          <section aria-labelledby="answer-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
            <h2 id="answer-title" className="font-semibold">
              {t("taskLink.answerTitle")}
            </h2>
            <TaskResultForm
              token={token}
              results={view.results}
              withFiles={view.kind === "ACCESS"}
              limits={view.limits}
            />
          </section>
        </>
      ) : (
        <Alert tone="info">{t("taskLink.finished")}</Alert>
      )}
    </main>
  );
}
