import { ActionForm } from "@/components/cases/action-form";
import type { Actor } from "@/lib/auth/guards";
import { legalHoldStatus } from "@/lib/server/retention/legal-hold-status";
import { formatDate } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";

/**
 * The case's legal hold: whether retention may anonymize it, and (for administrators and privacy
 * officers) the form to place or lift the hold, with the reason kept as an internal note.
 */
export async function LegalHoldForm({ caseId, actor }: { caseId: string; actor: Actor }) {
  const status = await legalHoldStatus(caseId, actor);
  const t = translatorFor(actor.locale);
  return (
    <section
      aria-labelledby="legal-hold-title"
      className="rounded-md border border-slate-200 bg-white p-4"
      data-testid="legal-hold"
    >
      <h2 id="legal-hold-title" className="mb-2 font-semibold">
        {t("cases.legalHold.title")}
      </h2>
      <p className="mb-3 text-sm" data-testid="legal-hold-status">
        {status.anonymizedAt
          ? t("cases.legalHold.anonymized", { date: formatDate(actor.locale, status.anonymizedAt) })
          : status.legalHold
            ? t("cases.legalHold.onHold")
            : status.anonymizesAt
              ? t("cases.legalHold.anonymizesAt", { date: formatDate(actor.locale, status.anonymizesAt) })
              : t("cases.legalHold.appliesOnceClosed")}
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
              label: status.legalHold ? t("cases.legalHold.reasonEnd") : t("cases.legalHold.reasonKeep"),
              kind: "textarea",
              hint: t("cases.legalHold.hint"),
              required: true,
            },
          ]}
          submitLabel={status.legalHold ? t("cases.legalHold.lift") : t("cases.legalHold.place")}
          tone="secondary"
        />
      )}
    </section>
  );
}
