"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { tickChecklistAction } from "@/lib/actions/staff/case";
import { Alert } from "@/components/ui/alert";
import { tickChecklistItemSchema } from "@/lib/domain/cases/case-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";

type Item = CaseDetail["checklist"][number];

/**
 * The type's checklist: each tick or untick is saved at once and audited. One at a time: each sends the
 * version it saw, so a second sent before the first came back would be refused as a concurrent change.
 */
export function CaseChecklist({ detail, canTick }: { detail: CaseDetail; canTick: boolean }) {
  const t = useTranslations();
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <section aria-labelledby="checklist-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="checklist-title" className="mb-2 font-semibold">
        {t("cases.checklist.title")}
      </h2>
      <ul className="space-y-1">
        {detail.checklist.map((item) => (
          <li key={item.key}>
            <ChecklistItemForm
              item={item}
              caseId={detail.id}
              version={detail.version}
              disabled={!canTick || item.byTasks || (busy !== null && busy !== item.key)}
              onBusy={setBusy}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One item as its own form (tickChecklistItemSchema): the button sends the item's new state. */
function ChecklistItemForm({
  item,
  caseId,
  version,
  disabled,
  onBusy,
}: {
  item: Item;
  caseId: string;
  version: number;
  disabled: boolean;
  onBusy: (key: string | null) => void;
}) {
  const t = useTranslations();
  const label = t(`cases.checklist.items.${item.message}`);
  const { formProps, pending, ok, message, errors } = useSchemaForm(tickChecklistItemSchema, tickChecklistAction, {
    id: `checklist-${item.key}`,
  });
  useEffect(() => {
    if (!pending) return;
    onBusy(item.key);
    return () => onBusy(null);
  }, [pending, item.key, onBusy]);
  // The server's refusal: its message, or the error on one of the hidden fields (an item not on this list).
  const refusal = ok ? undefined : (message ?? Object.values(errors).flat()[0]);
  return (
    <form {...formProps}>
      <div className="flex items-center gap-2 text-sm">
        <input type="hidden" name="caseId" value={caseId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <input type="hidden" name="item" value={item.key} />
        <input type="hidden" name="done" value={item.done ? "false" : "true"} />
        <button
          type="submit"
          role="checkbox"
          aria-checked={item.done}
          disabled={disabled || pending}
          aria-label={label}
          className="flex h-5 w-5 items-center justify-center rounded border border-slate-400 disabled:opacity-60"
        >
          {item.done ? "✓" : ""}
        </button>
        <span className={item.done ? "text-slate-500 line-through" : ""}>{label}</span>
        {item.doneBy && <span className="text-xs text-slate-500">({item.doneBy})</span>}
        {item.byTasks && <span className="text-xs text-slate-500">({t("tasks.checklist.byTasks")})</span>}
      </div>
      {refusal && <Alert>{refusal}</Alert>}
    </form>
  );
}
