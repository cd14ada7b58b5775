import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SystemForm } from "@/components/systems/system-form";
import { SystemSecretsPanel } from "@/components/systems/system-secrets-panel";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { TaskState } from "@/lib/db/generated/enums";
import { isAppError } from "@/lib/errors/app-error";
import { formatNumber } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { getSystem } from "@/lib/server/systems/get-system";
import { staffOwnerChoices } from "@/lib/server/systems/staff-owner-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("systems.page.title") };
}

/** One system: its registration, its tasks by state, its secrets (webhook) and, for officers, the edit form. */
export default async function SystemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("systems:read", `/systems/${id}`);
  const { locale } = actor;
  const t = translatorFor(locale);
  const detail = await getSystem(id, actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { system } = detail;
  const manage = can(actor.role, "systems:manage");
  const staff = manage ? await staffOwnerChoices(actor, system.ownerIds) : [];
  const none = t("systems.page.none");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold" translate="no">
          {system.name}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {system.active ? t("systems.page.active") : t("systems.page.inactive")}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="tasks-heading" className="rounded-md border border-slate-200 bg-white p-4">
            <h2 id="tasks-heading" className="mb-2 font-semibold">
              {t("systems.page.tasks")}
            </h2>
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="system-task-counts">
              {Object.values(TaskState).map((state) => (
                <div key={state} className="flex gap-2">
                  <dt className="text-slate-600">{t(`systems.page.taskStates.${state}`)}</dt>
                  <dd className="font-medium">{formatNumber(locale, detail.taskCounts[state] ?? 0)}</dd>
                </div>
              ))}
            </dl>
          </section>
          {system.reach === "WEBHOOK" && (
            <SystemSecretsPanel systemId={system.id} secrets={detail.secrets} canRotate={manage} locale={locale} />
          )}
          {manage && (
            <section aria-labelledby="edit-heading" className="rounded-md border border-slate-200 bg-white p-4">
              <h2 id="edit-heading" className="mb-3 font-semibold">
                {t("systems.page.edit")}
              </h2>
              <SystemForm
                systemId={system.id}
                updatedAt={system.updatedAt.toISOString()}
                initial={system}
                staff={staff}
              />
            </section>
          )}
        </div>
        <section
          aria-labelledby="registration-heading"
          className="h-fit rounded-md border border-slate-200 bg-white p-4"
        >
          <h2 id="registration-heading" className="mb-2 font-semibold">
            {t("systems.page.registration")}
          </h2>
          <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm" data-testid="system-registration">
            <dt className="text-slate-600">{t("systems.page.description")}</dt>
            <dd className="col-span-2 whitespace-pre-wrap" translate={system.description ? "no" : undefined}>
              {system.description ?? none}
            </dd>
            <dt className="text-slate-600">{t("systems.page.reach")}</dt>
            <dd className="col-span-2">{t(`systems.reach.${system.reach}`)}</dd>
            {system.reach === "WEBHOOK" && (
              <>
                <dt className="text-slate-600">{t("systems.page.webhookUrl")}</dt>
                <dd className="col-span-2 break-all" translate="no">
                  {system.webhookUrl}
                  <Link href={`/systems/${system.id}/deliveries`} className="mt-1 block text-blue-800 underline">
                    {t("systems.page.deliveries")}
                  </Link>
                </dd>
              </>
            )}
            <dt className="text-slate-600">{t("systems.page.requestTypes")}</dt>
            <dd className="col-span-2">{system.requestTypes.map((type) => t(`labels.types.${type}`)).join(", ")}</dd>
            <dt className="text-slate-600">{t("systems.page.regimes")}</dt>
            <dd className="col-span-2">
              {system.regimes.length
                ? system.regimes.map((regime) => t(`labels.regimes.${regime}`)).join(", ")
                : t("systems.table.allRegimes")}
            </dd>
            <dt className="text-slate-600">{t("systems.page.categories")}</dt>
            <dd className="col-span-2" translate={system.dataCategories.length ? "no" : undefined}>
              {system.dataCategories.join(", ") || none}
            </dd>
            <dt className="text-slate-600">{t("systems.page.staffOwners")}</dt>
            <dd className="col-span-2" translate={detail.staffOwners.length ? "no" : undefined}>
              {detail.staffOwners.length
                ? detail.staffOwners
                    .map((owner) =>
                      owner.disabled ? t("systems.page.disabledOwner", { name: owner.name }) : owner.name,
                    )
                    .join(", ")
                : none}
            </dd>
            <dt className="text-slate-600">{t("systems.page.outsideOwners")}</dt>
            <dd className="col-span-2 break-all" translate={system.ownerEmails.length ? "no" : undefined}>
              {system.ownerEmails.join(", ") || none}
            </dd>
            <dt className="text-slate-600">{t("systems.page.emailsIn")}</dt>
            <dd className="col-span-2">{t(`labels.languages.${system.locale}`)}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
