import type { Metadata } from "next";
import Link from "next/link";
import { CustomerSearchForm } from "@/components/customers/customer-search-form";
import { CustomerTable } from "@/components/customers/customer-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { parseCustomerFilters } from "@/lib/domain/customers/customer-filters";
import { formatNumber } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { CUSTOMER_PAGE_SIZE, listCustomers } from "@/lib/server/customers/list-customers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("customers.list.title") };
}

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("customers:read", "/customers");
  const { locale } = actor;
  const t = translatorFor(locale);
  const filters = parseCustomerFilters(await searchParams);
  const { rows, more } = await listCustomers(filters, actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("customers.list.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("customers.list.intro")}</p>
        </div>
        {can(actor.role, "customers:manage") && (
          <div className="flex items-center gap-4 text-sm">
            <Link href="/customers/new" className="text-blue-800 hover:underline">
              {t("customers.list.add")}
            </Link>
            <Link href="/customers/import" className="text-blue-800 hover:underline">
              {t("customers.list.import")}
            </Link>
          </div>
        )}
      </div>
      <CustomerSearchForm filters={filters} locale={locale} />
      <CustomerTable rows={rows} locale={locale} />
      {more && (
        <p className="text-sm text-slate-600">
          {t("customers.list.more", { count: formatNumber(locale, CUSTOMER_PAGE_SIZE) })}
        </p>
      )}
    </div>
  );
}
