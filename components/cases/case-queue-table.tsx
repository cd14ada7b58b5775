"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { bulkAssignAction } from "@/lib/actions/staff/case-queue";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { bulkAssignSchema } from "@/lib/domain/cases/case-forms";
import type { CaseStatusCode } from "@/lib/domain/cases/workflow";
import type { Regime } from "@/lib/db/generated/enums";
import type { RequestTypeCode } from "@/lib/domain/intake/request-schema";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import type { QueueRow } from "@/lib/server/cases/list-case-queue";
import { DeadlineBadge } from "./deadline-badge";
import { RevealRequesterButton } from "./reveal-requester-button";

/** A queue row with its dates already written for the reader (on the server: see lib/i18n/format.ts). */
export type QueueTableRow = QueueRow & { receivedLabel: string; dueLabel: string };

/**
 * The queue's rows with selection for bulk assignment (a form on bulkAssignSchema) and export (a plain GET
 * form of the selected ids beside it, so exporting never runs the assignment's checks).
 */
export function CaseQueueTable({
  rows,
  assignees,
  canAssign,
  revealNeedsReason,
}: {
  rows: QueueTableRow[];
  /** `data`: named by what people typed (a staff member), left as typed. */
  assignees: { value: string; label: string; data?: boolean }[];
  canAssign: boolean;
  revealNeedsReason: boolean;
}) {
  const t = useTranslations();
  const { formProps, pending, ok, message, errors } = useSchemaForm(bulkAssignSchema, bulkAssignAction, {
    id: "bulk-assign",
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-8 text-center text-slate-600">
        {t("cases.queue.empty")}
      </p>
    );
  }
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = selected.size === rows.length;
  // The selection's errors have no field of their own: they join the server's message.
  const outcome = ok
    ? message
    : [message, ...(canAssign ? (errors.caseIds ?? []) : [])].filter(Boolean).join(" ") || undefined;
  return (
    <>
      {/* The export's own GET form: the selected ids, sent by the "Export selected" button (form attribute). */}
      <form id="export-selected" method="get" action="/api/v1/cases/export">
        {[...selected].map((id) => (
          <input key={id} type="hidden" name="caseIds" value={id} />
        ))}
      </form>
      <form {...formProps} className="space-y-3">
        <div className="flex flex-wrap items-end gap-3 text-sm" role="group" aria-label={t("cases.queue.bulkActions")}>
          <span aria-live="polite">{t("cases.queue.selected", { count: selected.size })}</span>
          {canAssign && (
            <>
              <label htmlFor="bulk-assignee" className="sr-only">
                {t("cases.queue.assignSelectedTo")}
              </label>
              <select
                id="bulk-assignee"
                name="assigneeId"
                className="rounded-md border border-slate-300 px-2 py-1.5 aria-invalid:border-red-600"
                defaultValue=""
                aria-invalid={errors.assigneeId?.length ? true : undefined}
                aria-describedby={errors.assigneeId?.length ? "bulk-assignee-error" : undefined}
              >
                <option value="">{t("cases.queue.assignSelectedChoose")}</option>
                {assignees.map((a) => (
                  <option key={a.value} value={a.value} translate={a.data ? "no" : undefined}>
                    {a.label}
                  </option>
                ))}
              </select>
              <Button type="submit" variant="secondary" disabled={pending || selected.size === 0}>
                {t("cases.queue.assignSelected")}
              </Button>
            </>
          )}
          <Button type="submit" form="export-selected" variant="secondary" disabled={selected.size === 0}>
            {t("cases.queue.exportSelected")}
          </Button>
        </div>
        {canAssign && <FieldErrors id="bulk-assignee-error" errors={errors.assigneeId} />}
        {outcome && <Alert tone={ok ? "success" : "error"}>{outcome}</Alert>}
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="case-queue">
            <thead>
              <tr className="border-b border-slate-300 text-left text-slate-600">
                <th className="w-8 py-2">
                  <input
                    type="checkbox"
                    aria-label={t("cases.queue.selectAll")}
                    checked={allSelected}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                  />
                </th>
                <th className="py-2">{t("cases.queue.columns.reference")}</th>
                <th>{t("cases.queue.columns.type")}</th>
                <th>{t("cases.queue.columns.requester")}</th>
                <th>{t("cases.queue.columns.regime")}</th>
                <th>{t("cases.queue.columns.status")}</th>
                <th>{t("cases.queue.columns.assignee")}</th>
                <th>{t("cases.queue.columns.received")}</th>
                <th>{t("cases.queue.columns.due")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 hover:bg-slate-50">
                  <td className="py-2">
                    <input
                      type="checkbox"
                      name="caseIds"
                      value={row.id}
                      aria-label={t("cases.queue.selectOne", { reference: row.reference })}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                  <td className="py-2 font-mono">
                    <Link className="text-blue-800 hover:underline" href={`/cases/${row.id}`}>
                      {row.reference}
                    </Link>
                    {row.possibleDuplicate && (
                      <span
                        className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900"
                        title={t("cases.queue.possibleDuplicate")}
                      >
                        {t("cases.queue.duplicateMark")}
                      </span>
                    )}
                  </td>
                  <td>{t(`labels.types.${row.type as RequestTypeCode}`)}</td>
                  <td>
                    <RevealRequesterButton
                      caseId={row.id}
                      masked={row.requesterMasked}
                      needsReason={revealNeedsReason}
                    />
                  </td>
                  <td>{t(`labels.regimes.${row.regime as Regime}`)}</td>
                  <td>{t(`caseTimeline.statuses.${row.status as CaseStatusCode}`)}</td>
                  <td translate={row.assigneeName ? "no" : undefined}>
                    {row.assigneeName ?? <span className="text-slate-500">{t("cases.queue.unassigned")}</span>}
                  </td>
                  <td>{row.receivedLabel}</td>
                  <td>
                    <span className="mr-1">{row.dueLabel}</span>
                    <DeadlineBadge status={row.deadline} extended={row.extended} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </form>
    </>
  );
}
