import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomerForm } from "@/components/customers/customer-form";
import { elapsedTime } from "@/components/customers/elapsed-time";
import { RoutedCasesTable } from "@/components/customers/routed-cases-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { formatNumber } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { getCustomer } from "@/lib/server/customers/get-customer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("customers.page.title") };
}

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("customers:read", `/customers/${id}`);
  const { locale } = actor;
  const t = translatorFor(locale);
  const detail = await getCustomer(id, actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { customer } = detail;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold" translate="no">
          {customer.name}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {customer.active ? t("customers.page.active") : t("customers.page.inactive")}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="routed-heading" className="rounded-md border border-slate-200 bg-white p-4">
            <h2 id="routed-heading" className="mb-1 font-semibold">
              {t("customers.page.routed")}
            </h2>
            <p className="mb-3 text-sm" data-testid="median-acknowledge">
              {t("customers.page.medianAcknowledge")} <strong>{elapsedTime(locale, detail.medianAcknowledgeMs)}</strong>{" "}
              <span className="text-slate-600">
                {t("customers.page.medianNote", { count: detail.acknowledgedCount })}
              </span>
            </p>
            <RoutedCasesTable routings={detail.routings} locale={locale} />
            {detail.hiddenRoutings > 0 && (
              <p className="mt-2 text-xs text-slate-600">
                {t("customers.page.hidden", { count: formatNumber(locale, detail.hiddenRoutings) })}
              </p>
            )}
          </section>
          {can(actor.role, "customers:manage") && (
            <section aria-labelledby="edit-heading" className="rounded-md border border-slate-200 bg-white p-4">
              <h2 id="edit-heading" className="mb-3 font-semibold">
                {t("customers.page.edit")}
              </h2>
              <CustomerForm customerId={customer.id} updatedAt={customer.updatedAt.toISOString()} initial={customer} />
            </section>
          )}
        </div>
        <section
          aria-labelledby="registration-heading"
          className="h-fit rounded-md border border-slate-200 bg-white p-4"
        >
          <h2 id="registration-heading" className="mb-2 font-semibold">
            {t("customers.page.registration")}
          </h2>
          <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm" data-testid="customer-registration">
            <dt className="text-slate-600">{t("customers.page.aliases")}</dt>
            <dd className="col-span-2">{customer.aliases.join(", ") || "—"}</dd>
            <dt className="text-slate-600">{t("customers.page.contacts")}</dt>
            <dd className="col-span-2 break-all">{customer.contactEmails.join(", ")}</dd>
            <dt className="text-slate-600">{t("customers.page.emailsIn")}</dt>
            <dd className="col-span-2">{t(`labels.languages.${customer.locale}`)}</dd>
            <dt className="text-slate-600">{t("customers.page.agreement")}</dt>
            <dd className="col-span-2">{customer.agreementReference ?? "—"}</dd>
            <dt className="text-slate-600">{t("customers.page.confirmedCases")}</dt>
            <dd className="col-span-2">{formatNumber(locale, detail.confirmedCases)}</dd>
            <dt className="text-slate-600">{t("customers.page.notes")}</dt>
            <dd className="col-span-2 whitespace-pre-wrap">{customer.notes ?? "—"}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
