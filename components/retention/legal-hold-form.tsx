import { ActionForm } from "@/components/cases/action-form";
import type { Actor } from "@/lib/auth/guards";
import { legalHoldStatus } from "@/lib/server/retention/legal-hold-status";
import { formatDate } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

/**
 * The case's legal hold: whether retention may anonymize it, and (for administrators and privacy
 * officers) the form to place or lift the hold, with the reason kept as an internal note.
 */
export async function LegalHoldForm({ caseId, actor }: { caseId: string; actor: Actor }) {
  const status = await legalHoldStatus(caseId, actor);
  return (
    <section
      aria-labelledby="legal-hold-title"
      className="rounded-md border border-slate-200 bg-white p-4"
      data-testid="legal-hold"
    >
      <h2 id="legal-hold-title" className="mb-2 font-semibold">
        Retention
      </h2>
      <p className="mb-3 text-sm" data-testid="legal-hold-status">
        {status.anonymizedAt
          ? `Anonymized under the retention policy on ${formatDate(STAFF_LOCALE, status.anonymizedAt)}.`
          : status.legalHold
            ? "On legal hold: retention keeps this case and its documents as they are."
            : status.anonymizesAt
              ? `Personal data is removed from ${formatDate(STAFF_LOCALE, status.anonymizesAt)} under the retention policy.`
              : "Retention applies once the case is closed."}
      </p>
      {status.canChange && (
        <ActionForm
          id="legal-hold-form"
          caseId={status.caseId}
          version={status.version}
          hidden={{ hold: status.legalHold ? "false" : "true" }}
          fields={[
            {
              name: "reason",
              label: status.legalHold ? "Why the hold ends" : "Why the case must be kept",
              kind: "textarea",
              hint: "Kept as an internal note on the case.",
              required: true,
            },
          ]}
          submitLabel={status.legalHold ? "Lift the legal hold" : "Place on legal hold"}
          tone="secondary"
        />
      )}
    </section>
  );
}
