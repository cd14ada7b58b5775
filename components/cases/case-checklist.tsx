"use client";

import { useActionState } from "react";
import { tickChecklistAction } from "@/lib/actions/staff/case";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms/form-state";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";

/** The type's checklist: each tick or untick is saved at once and audited. */
export function CaseChecklist({ detail, canTick }: { detail: CaseDetail; canTick: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(tickChecklistAction, {});
  return (
    <section aria-labelledby="checklist-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="checklist-title" className="mb-2 font-semibold">
        Checklist
      </h2>
      <ul className="space-y-1">
        {detail.checklist.map((item) => (
          <li key={item.key}>
            <form action={action} className="flex items-center gap-2 text-sm">
              <input type="hidden" name="caseId" value={detail.id} />
              <input type="hidden" name="expectedVersion" value={detail.version} />
              <input type="hidden" name="item" value={item.key} />
              <input type="hidden" name="done" value={item.done ? "false" : "true"} />
              <button
                type="submit"
                role="checkbox"
                aria-checked={item.done}
                disabled={!canTick || pending}
                aria-label={item.label}
                className="flex h-5 w-5 items-center justify-center rounded border border-slate-400 disabled:opacity-60"
              >
                {item.done ? "✓" : ""}
              </button>
              <span className={item.done ? "text-slate-500 line-through" : ""}>{item.label}</span>
              {item.doneBy && <span className="text-xs text-slate-500">({item.doneBy})</span>}
            </form>
          </li>
        ))}
      </ul>
      {state.message && !state.ok && <Alert>{state.message}</Alert>}
    </section>
  );
}
