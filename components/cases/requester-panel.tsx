"use client";

import { useLocale, useTranslations } from "next-intl";
import { revealRequesterAction } from "@/lib/actions/staff/case";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { revealRequesterSchema } from "@/lib/domain/cases/case-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import { formatDate } from "@/lib/i18n/format";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";

/** The requester, masked until revealed; every reveal is audited and auditors say why. */
export function RequesterPanel({ detail, needsReason }: { detail: CaseDetail; needsReason: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const {
    formProps,
    pending,
    message,
    errors,
    data: revealed,
  } = useSchemaForm(revealRequesterSchema, revealRequesterAction, { id: "reveal-requester" });
  return (
    <section aria-labelledby="requester-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="requester-title" className="mb-2 font-semibold">
        {t("cases.requester.title")}
      </h2>
      {revealed ? (
        <dl className="grid grid-cols-3 gap-1 text-sm" data-testid="requester-revealed">
          <dt className="text-slate-600">{t("cases.requester.name")}</dt>
          <dd className="col-span-2" translate="no">
            {revealed.name}
          </dd>
          <dt className="text-slate-600">{t("cases.requester.email")}</dt>
          <dd className="col-span-2" translate="no">
            {revealed.email}
          </dd>
          <dt className="text-slate-600">{t("cases.requester.phone")}</dt>
          <dd className="col-span-2">{revealed.phone ?? t("labels.none")}</dd>
          <dt className="text-slate-600">{t("cases.requester.address")}</dt>
          <dd className="col-span-2 whitespace-pre-wrap">{revealed.postalAddress ?? t("labels.none")}</dd>
          {revealed.subjectName && (
            <>
              <dt className="text-slate-600">{t("cases.requester.subject")}</dt>
              <dd className="col-span-2">
                {revealed.subjectName} {revealed.subjectEmail ?? ""}{" "}
                {revealed.subjectDateOfBirth ? t("cases.requester.born", { date: formatDate(locale, revealed.subjectDateOfBirth) }) : ""}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <form {...formProps} className="space-y-2">
          <p className="text-sm" data-testid="requester-masked">
            {detail.requester.masked}
          </p>
          <input type="hidden" name="caseId" value={detail.id} />
          {needsReason && (
            <div className="space-y-1">
              <label htmlFor="reveal-reason" className="block text-sm font-medium">
                {t("cases.requester.reason")}
              </label>
              <input
                id="reveal-reason"
                name="reason"
                className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-invalid:border-red-600"
                aria-invalid={errors.reason?.length ? true : undefined}
                aria-describedby="reveal-reason-error"
              />
              <FieldErrors id="reveal-reason-error" errors={errors.reason} />
            </div>
          )}
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("cases.requester.reveal")}
          </Button>
          <p className="text-xs text-slate-600">{t("cases.requester.audited")}</p>
          {message && <Alert>{message}</Alert>}
        </form>
      )}
    </section>
  );
}
