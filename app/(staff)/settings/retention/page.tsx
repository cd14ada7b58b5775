import type { Metadata } from "next";
import { RetentionPolicyForm } from "@/components/retention/retention-policy-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { previewRetention } from "@/lib/server/retention/preview-retention";
import { formatDateTime } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

export const metadata: Metadata = { title: "Retention" };

function lastRunSummary(data: unknown): string {
  const run = (data ?? {}) as { anonymized?: number; uploadsDeleted?: number };
  return `${run.anonymized ?? 0} case(s) anonymized, ${run.uploadsDeleted ?? 0} document(s) deleted`;
}

export default async function RetentionSettingsPage() {
  await requirePagePermission("retention:manage", "/settings/retention");
  const preview = await previewRetention(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">Retention</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          How long personal data is kept. Once a day the retention job anonymizes closed cases past their period: the
          requester&apos;s identity and contact details, the request&apos;s free text, messages, notes and documents are
          removed; the reference, type, regime, dates, outcome and audit trail stay, so the register and statistics
          remain true. Cases on legal hold are left as they are. New periods apply to every case at the next run,
          including cases closed before the change.
        </p>
      </section>
      <section aria-labelledby="periods-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="periods-heading" className="mb-3 font-medium">
          Periods
        </h2>
        <RetentionPolicyForm policy={preview.policy} />
      </section>
      <section
        aria-labelledby="dry-run-heading"
        className="rounded-lg border border-slate-200 bg-white p-4"
        data-testid="retention-dry-run"
      >
        <h2 id="dry-run-heading" className="mb-2 font-medium">
          What the next run will do
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li data-testid="dry-run-anonymize-count">
            Anonymize {preview.toAnonymize.count} closed case{preview.toAnonymize.count === 1 ? "" : "s"}.
          </li>
          <li>
            Delete {preview.uploadsToDelete.files} document{preview.uploadsToDelete.files === 1 ? "" : "s"} of{" "}
            {preview.uploadsToDelete.cases} closed case{preview.uploadsToDelete.cases === 1 ? "" : "s"}.
          </li>
          {preview.heldPastPeriod > 0 && (
            <li>
              Keep {preview.heldPastPeriod} case{preview.heldPastPeriod === 1 ? "" : "s"} past the period, on legal
              hold.
            </li>
          )}
        </ul>
        {preview.toAnonymize.references.length > 0 && (
          <>
            <h3 className="mt-3 text-sm font-medium">
              {preview.toAnonymize.count > preview.toAnonymize.references.length
                ? `The first ${preview.toAnonymize.references.length}, oldest closure first`
                : "Cases, oldest closure first"}
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
            ? `Last run ${formatDateTime(STAFF_LOCALE, preview.lastRun.at)} UTC: ${lastRunSummary(preview.lastRun.data)}.`
            : "Retention has not run yet."}
        </p>
      </section>
    </div>
  );
}
