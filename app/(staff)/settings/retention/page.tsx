import type { Metadata } from "next";
import { RetentionPolicyForm } from "@/components/retention/retention-policy-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { previewRetention } from "@/lib/server/retention/preview-retention";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.retention.title") };
}

/** What the last retention run did, from its audit event's data. */
function lastRunSummary(locale: Locale, at: Date, data: unknown): string {
  const run = (data ?? {}) as { anonymized?: number; uploadsDeleted?: number };
  return translatorFor(locale)("settings.retention.lastRun", {
    time: formatDateTime(locale, at),
    anonymized: run.anonymized ?? 0,
    deleted: run.uploadsDeleted ?? 0,
  });
}

export default async function RetentionSettingsPage() {
  const actor = await requirePagePermission("retention:manage", "/settings/retention");
  const t = translatorFor(actor.locale);
  const preview = await previewRetention(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("settings.retention.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("settings.retention.intro")}</p>
      </section>
      <section aria-labelledby="periods-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="periods-heading" className="mb-3 font-medium">
          {t("settings.retention.periods")}
        </h2>
        <RetentionPolicyForm policy={preview.policy} />
      </section>
      <section
        aria-labelledby="dry-run-heading"
        className="rounded-lg border border-slate-200 bg-white p-4"
        data-testid="retention-dry-run"
      >
        <h2 id="dry-run-heading" className="mb-2 font-medium">
          {t("settings.retention.nextRun")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li data-testid="dry-run-anonymize-count">
            {t("settings.retention.anonymize", { count: preview.toAnonymize.count })}
          </li>
          <li>
            {t("settings.retention.deleteDocuments", {
              files: preview.uploadsToDelete.files,
              cases: preview.uploadsToDelete.cases,
            })}
          </li>
          {preview.heldPastPeriod > 0 && <li>{t("settings.retention.keepHeld", { count: preview.heldPastPeriod })}</li>}
        </ul>
        {preview.toAnonymize.references.length > 0 && (
          <>
            <h3 className="mt-3 text-sm font-medium">
              {preview.toAnonymize.count > preview.toAnonymize.references.length
                ? t("settings.retention.firstCases", { count: preview.toAnonymize.references.length })
                : t("settings.retention.allCases")}
            </h3>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs" data-testid="dry-run-references">
              {preview.toAnonymize.references.map((reference) => (
                <li key={reference}>{reference}</li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-3 text-sm text-slate-600">
          {preview.lastRun
            ? lastRunSummary(actor.locale, preview.lastRun.at, preview.lastRun.data)
            : t("settings.retention.neverRun")}
        </p>
      </section>
    </div>
  );
}
