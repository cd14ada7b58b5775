"use client";

import { revealRequesterAction } from "@/lib/actions/staff/case";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import { revealRequesterSchema } from "@/lib/domain/cases/case-forms";
import { useSchemaForm } from "@/lib/forms/use-schema-form";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";

/** The requester, masked until revealed; every reveal is audited and auditors say why. */
export function RequesterPanel({ detail, needsReason }: { detail: CaseDetail; needsReason: boolean }) {
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
        Requester
      </h2>
      {revealed ? (
        <dl className="grid grid-cols-3 gap-1 text-sm" data-testid="requester-revealed">
          <dt className="text-slate-600">Name</dt>
          <dd className="col-span-2">{revealed.name}</dd>
          <dt className="text-slate-600">Email</dt>
          <dd className="col-span-2">{revealed.email}</dd>
          <dt className="text-slate-600">Phone</dt>
          <dd className="col-span-2">{revealed.phone ?? "—"}</dd>
          <dt className="text-slate-600">Address</dt>
          <dd className="col-span-2 whitespace-pre-wrap">{revealed.postalAddress ?? "—"}</dd>
          {revealed.subjectName && (
            <>
              <dt className="text-slate-600">Subject</dt>
              <dd className="col-span-2">
                {revealed.subjectName} {revealed.subjectEmail ?? ""}{" "}
                {revealed.subjectDateOfBirth ? `born ${revealed.subjectDateOfBirth}` : ""}
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
                Why do you need to see it?
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
            Reveal contact details
          </Button>
          <p className="text-xs text-slate-600">Revealing is recorded in the audit trail.</p>
          {message && <Alert>{message}</Alert>}
        </form>
      )}
    </section>
  );
}
