import Link from "next/link";
import type { Locale } from "@/lib/i18n/languages";
import { translatorFor } from "@/lib/i18n/translator";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";

export function CaseHeader({ detail, locale }: { detail: CaseDetail; locale: Locale }) {
  const t = translatorFor(locale);
  const status = t(`caseTimeline.statuses.${detail.status}`);
  return (
    <header className="space-y-1">
      <p className="text-sm">
        <Link href="/cases" className="text-blue-800 hover:underline">
          {t("cases.header.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        <span className="font-mono">{detail.reference}</span> · {t(`labels.types.${detail.type}`)}
      </h1>
      <p className="flex flex-wrap gap-2 text-sm text-slate-700">
        <span className="rounded bg-slate-800 px-2 py-0.5 text-white" data-testid="case-status">
          {detail.outcome
            ? t("cases.header.statusWithOutcome", { status, outcome: t(`labels.outcomes.${detail.outcome}`) })
            : status}
        </span>
        <span>{t(`labels.regimes.${detail.regime}`)}</span>
        <span>{t("cases.header.receivedBy", { channel: t(`cases.header.channels.${detail.channel}`) })}</span>
        <span data-testid="case-assignee">
          {detail.assignee
            ? t("cases.header.assignedTo", { name: detail.assignee.name })
            : t("cases.header.unassigned")}
        </span>
        {detail.possibleDuplicateOf && (
          <span className="rounded bg-amber-100 px-2 text-amber-900">
            {t("cases.header.possibleDuplicateOf")}{" "}
            <Link className="underline" href={`/cases/${detail.possibleDuplicateOf.id}`}>
              {detail.possibleDuplicateOf.reference}
            </Link>
          </span>
        )}
      </p>
    </header>
  );
}
