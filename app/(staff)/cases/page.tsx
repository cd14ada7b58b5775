import type { Metadata } from "next";
import Link from "next/link";
import { CaseQueueTable } from "@/components/cases/case-queue-table";
import { ExportCasesButton } from "@/components/cases/export-cases-button";
import { QueueFiltersForm } from "@/components/cases/queue-filters-form";
import { QueryErrorsAlert } from "@/components/ui/query-errors-alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { formatDate } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { queueHref, readQueueQuery } from "@/lib/domain/cases/queue-filters";
import { roleMayTake } from "@/lib/domain/cases/workflow";
import { assignableStaff } from "@/lib/server/cases/assignable-staff";
import { listCaseQueue, QUEUE_PAGE_SIZE } from "@/lib/server/cases/list-case-queue";
import { customerOptions } from "@/lib/server/routing/customer-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await pageLocale());
  return { title: t("cases.queue.title") };
}

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("cases:read", "/cases");
  const t = translatorFor(actor.locale);
  const { filters, errors } = readQueueQuery(await searchParams);
  const [page, staff, customers] = await Promise.all([
    listCaseQueue(filters, actor),
    assignableStaff(),
    customerOptions(),
  ]);
  const { after: _after, ...withoutCursor } = filters;
  const filterQuery = queueHref(withoutCursor).replace(/^\/cases\??/, "");
  const assignees =
    actor.role === "ANALYST" ? [{ value: actor.id, label: t("cases.queue.me") }] : staff.map((s) => ({ value: s.id, label: s.name, data: true }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("cases.queue.title")}</h1>
        <div className="flex items-center gap-3">
          {can(actor.role, "cases:work") && (
            <Link href="/cases/new" className="text-sm text-blue-800 hover:underline">
              {t("cases.queue.logRequest")}
            </Link>
          )}
          <ExportCasesButton query={filterQuery} />
        </div>
      </div>
      <QueryErrorsAlert errors={errors} />
      <QueueFiltersForm locale={actor.locale} filters={filters} staff={staff} customers={customers} />
      <CaseQueueTable
        rows={page.rows.map((row) => ({
          ...row,
          receivedLabel: formatDate(actor.locale, row.receivedAt),
          dueLabel: formatDate(actor.locale, row.dueDate),
        }))}
        assignees={assignees}
        canAssign={roleMayTake(actor.role, "assign")}
        revealNeedsReason={actor.role === "AUDITOR"}
      />
      <nav aria-label={t("cases.queue.pages")} className="flex gap-4 text-sm">
        {filters.after && (
          <Link className="text-blue-800 hover:underline" href={queueHref(withoutCursor)}>
            {t("cases.queue.firstPage")}
          </Link>
        )}
        {page.next && (
          <Link
            className="text-blue-800 hover:underline"
            href={queueHref({ ...withoutCursor, after: page.next })}
            data-testid="next-page"
          >
            {t("cases.queue.nextPage", { count: QUEUE_PAGE_SIZE })}
          </Link>
        )}
      </nav>
    </div>
  );
}
