import Link from "next/link";
import { OUTCOME_LABELS, TYPE_LABELS } from "@/lib/domain/cases/labels";
import { statusLabel } from "@/lib/domain/cases/workflow";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  return (
    <header className="space-y-1">
      <p className="text-sm">
        <Link href="/cases" className="text-blue-800 hover:underline">
          ← Case queue
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        <span className="font-mono">{detail.reference}</span> · {TYPE_LABELS[detail.type] ?? detail.type}
      </h1>
      <p className="flex flex-wrap gap-2 text-sm text-slate-700">
        <span className="rounded bg-slate-800 px-2 py-0.5 text-white" data-testid="case-status">
          {statusLabel(detail.status)}
          {detail.outcome ? `: ${OUTCOME_LABELS[detail.outcome] ?? detail.outcome}` : ""}
        </span>
        <span>{detail.regime}</span>
        <span>· received by {detail.channel.toLowerCase()}</span>
        <span data-testid="case-assignee">
          · {detail.assignee ? `assigned to ${detail.assignee.name}` : "unassigned"}
        </span>
        {detail.possibleDuplicateOf && (
          <span className="rounded bg-amber-100 px-2 text-amber-900">
            possible duplicate of{" "}
            <Link className="underline" href={`/cases/${detail.possibleDuplicateOf.id}`}>
              {detail.possibleDuplicateOf.reference}
            </Link>
          </span>
        )}
      </p>
    </header>
  );
}
