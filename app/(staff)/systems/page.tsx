import type { Metadata } from "next";
import Link from "next/link";
import { SystemSearchForm } from "@/components/systems/system-search-form";
import { SystemTable } from "@/components/systems/system-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { parseSystemFilters } from "@/lib/domain/systems/system-forms";
import { formatNumber } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { listSystems, SYSTEM_PAGE_SIZE } from "@/lib/server/systems/list-systems";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("systems.list.title") };
}

export default async function SystemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("systems:read", "/systems");
  const { locale } = actor;
  const t = translatorFor(locale);
  const filters = parseSystemFilters(await searchParams);
  const { rows, more } = await listSystems(filters, actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("systems.list.title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("systems.list.intro")}</p>
        </div>
        {can(actor.role, "systems:manage") && (
          <div className="flex items-center gap-4 text-sm">
            <Link href="/systems/new" className="text-blue-800 hover:underline">
              {t("systems.list.add")}
            </Link>
            <Link href="/systems/import" className="text-blue-800 hover:underline">
              {t("systems.list.import")}
            </Link>
          </div>
        )}
      </div>
      <SystemSearchForm filters={filters} locale={locale} />
      <SystemTable rows={rows} locale={locale} />
      {more && (
        <p className="text-sm text-slate-600">
          {t("systems.list.more", { count: formatNumber(locale, SYSTEM_PAGE_SIZE) })}
        </p>
      )}
    </div>
  );
}
