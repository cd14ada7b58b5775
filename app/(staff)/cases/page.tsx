import type { Metadata } from "next";
import Link from "next/link";
import { CaseQueueTable } from "@/components/cases/case-queue-table";
import { ExportCasesButton } from "@/components/cases/export-cases-button";
import { QueueFiltersForm } from "@/components/cases/queue-filters-form";
import { QueryErrorsAlert } from "@/components/ui/query-errors-alert";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { formatDate } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";
import { queueHref, readQueueQuery } from "@/lib/domain/cases/queue-filters";
import { roleMayTake } from "@/lib/domain/cases/workflow";
import { assignableStaff } from "@/lib/server/cases/assignable-staff";
import { listCaseQueue } from "@/lib/server/cases/list-case-queue";
import { customerOptions } from "@/lib/server/routing/customer-options";

export const metadata: Metadata = { title: "Case queue" };

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("cases:read", "/cases");
  const { filters, errors } = readQueueQuery(await searchParams);
  const [page, staff, customers] = await Promise.all([
    listCaseQueue(filters, actor),
    assignableStaff(),
    customerOptions(),
  ]);
  const { after: _after, ...withoutCursor } = filters;
  const filterQuery = queueHref(withoutCursor).replace(/^\/cases\??/, "");
  const assignees =
    actor.role === "ANALYST" ? [{ value: actor.id, label: "Me" }] : staff.map((s) => ({ value: s.id, label: s.name }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Case queue</h1>
        <div className="flex items-center gap-3">
          {can(actor.role, "cases:work") && (
            <Link href="/cases/new" className="text-sm text-blue-800 hover:underline">
              Log a request received by email or post
            </Link>
          )}
          <ExportCasesButton query={filterQuery} />
        </div>
      </div>
      <QueryErrorsAlert errors={errors} />
      <QueueFiltersForm filters={filters} staff={staff} customers={customers} />
      <CaseQueueTable
        rows={page.rows.map((row) => ({
          ...row,
          receivedLabel: formatDate(STAFF_LOCALE, row.receivedAt),
          dueLabel: formatDate(STAFF_LOCALE, row.dueDate),
        }))}
        assignees={assignees}
        canAssign={roleMayTake(actor.role, "assign")}
        revealNeedsReason={actor.role === "AUDITOR"}
      />
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {filters.after && (
          <Link className="text-blue-800 hover:underline" href={queueHref(withoutCursor)}>
            ← First page
          </Link>
        )}
        {page.next && (
          <Link
            className="text-blue-800 hover:underline"
            href={queueHref({ ...withoutCursor, after: page.next })}
            data-testid="next-page"
          >
            Next 50 →
          </Link>
        )}
      </nav>
    </div>
  );
}
