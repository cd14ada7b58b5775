import { RELATIONSHIP_LABELS } from "@/lib/domain/cases/labels";
import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import { VERIFICATION_METHOD_LABELS } from "@/lib/domain/cases/case-forms";
import { formatDate } from "@/lib/i18n/format";
import { STAFF_LOCALE } from "@/lib/i18n/languages";

function words(key: string): string {
  return key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
}

function show(value: unknown): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function Verified({ at, method }: { at: Date | null; method: string | null }) {
  if (!at) return <span className="text-amber-800">not verified</span>;
  const label = VERIFICATION_METHOD_LABELS[method as keyof typeof VERIFICATION_METHOD_LABELS] ?? method;
  return (
    <span className="text-green-800">
      verified {formatDate(STAFF_LOCALE, at)} ({label})
    </span>
  );
}

/** What was asked: the type's details, who asks and for whom, verification flags, uploads. */
export function CaseDetailsPanel({ detail }: { detail: CaseDetail }) {
  return (
    <section aria-labelledby="details-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="details-title" className="mb-2 font-semibold">
        Request
      </h2>
      {detail.directMarketing && (
        <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
          Objection to direct marketing: marketing must stop at once; this cannot be refused on compelling grounds.
        </p>
      )}
      <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
        {Object.entries(detail.details).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{words(key)}</dt>
            <dd className="col-span-2 whitespace-pre-wrap">{show(value)}</dd>
          </div>
        ))}
        <dt className="text-slate-600">Requester</dt>
        <dd className="col-span-2">
          {RELATIONSHIP_LABELS[detail.relationship]}; email{" "}
          {detail.requester.emailVerified ? "confirmed" : "not confirmed"}; identity{" "}
          <Verified at={detail.identity.at} method={detail.identity.method} />
        </dd>
        {detail.relationship !== "SELF" && (
          <>
            <dt className="text-slate-600">On behalf of</dt>
            <dd className="col-span-2">
              {detail.subjectMasked} {detail.subjectRelationship ? `(${detail.subjectRelationship})` : ""}; authority{" "}
              <Verified at={detail.authority.at} method={detail.authority.method} />
            </dd>
          </>
        )}
        <dt className="text-slate-600">Residence</dt>
        <dd className="col-span-2">
          {detail.requester.country ?? "—"}
          {detail.requester.region ? `-${detail.requester.region}` : ""} · writes in {detail.requester.locale}
        </dd>
        <dt className="text-slate-600">Business customer named</dt>
        <dd className="col-span-2">{detail.customerNameGiven ?? "—"}</dd>
        {detail.closureText && (
          <>
            <dt className="text-slate-600">Told the requester</dt>
            <dd className="col-span-2 whitespace-pre-wrap">
              {detail.denialReason ? `${detail.denialReason}: ` : ""}
              {detail.closureText}
            </dd>
          </>
        )}
      </dl>
      <h3 className="mt-4 mb-1 text-sm font-medium">Documents</h3>
      {detail.uploads.length === 0 ? (
        <p className="text-sm text-slate-600">None kept.</p>
      ) : (
        <ul className="list-inside list-disc text-sm">
          {detail.uploads.map((upload) => (
            <li key={upload.id}>
              <a className="text-blue-800 underline" href={`/api/v1/uploads/${upload.id}`}>
                {upload.downloadName}
              </a>{" "}
              ({upload.purpose.toLowerCase().replace(/_/g, " ")}, {Math.ceil(upload.size / 1024)} KB, sent as “
              {upload.filename}”)
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
