import type { CaseDetail } from "@/lib/server/cases/get-case-detail";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/languages";
import { translateIfKnown, translatorFor, type Translator } from "@/lib/i18n/translator";

/** A details field's name as words when the catalogue has none ("dataItem" → "Data item"). */
function words(key: string): string {
  return key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
}

function show(t: Translator, value: unknown): string {
  if (typeof value === "boolean") return value ? t("labels.yes") : t("labels.no");
  if (value === null || value === undefined || value === "") return t("labels.none");
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** "identity verified 2 Dec 2026 (Identity document checked)" or "identity not verified". */
function Verified({
  t,
  locale,
  what,
  at,
  method,
}: {
  t: Translator;
  locale: Locale;
  what: "identity" | "authority";
  at: Date | null;
  method: string | null;
}) {
  if (!at) {
    return (
      <span className="text-amber-800">
        {what === "identity" ? t("cases.details.identityNotVerified") : t("cases.details.authorityNotVerified")}
      </span>
    );
  }
  const values = {
    date: formatDate(locale, at),
    method: method ? translateIfKnown(t, `labels.verificationMethods.${method}`, method) : t("labels.none"),
  };
  return (
    <span className="text-green-800">
      {what === "identity"
        ? t("cases.details.identityVerified", values)
        : t("cases.details.authorityVerified", values)}
    </span>
  );
}

/** What was asked: the type's details, who asks and for whom, verification flags, uploads. */
export function CaseDetailsPanel({ detail, locale }: { detail: CaseDetail; locale: Locale }) {
  const t = translatorFor(locale);
  const separator = t("cases.details.separator");
  const place = `${detail.requester.country ?? t("labels.none")}${detail.requester.region ? `-${detail.requester.region}` : ""}`;
  return (
    <section aria-labelledby="details-title" className="rounded-md border border-slate-200 bg-white p-4">
      <h2 id="details-title" className="mb-2 font-semibold">
        {t("cases.details.title")}
      </h2>
      {detail.directMarketing && (
        <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">{t("cases.details.directMarketing")}</p>
      )}
      <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
        {Object.entries(detail.details).map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{translateIfKnown(t, `cases.details.fields.${key}`, words(key))}</dt>
            <dd className="col-span-2 whitespace-pre-wrap">{show(t, value)}</dd>
          </div>
        ))}
        <dt className="text-slate-600">{t("cases.details.requester")}</dt>
        <dd className="col-span-2">
          {t(`labels.relationships.${detail.relationship}`)}
          {separator}
          {detail.requester.emailVerified ? t("cases.details.emailConfirmed") : t("cases.details.emailNotConfirmed")}
          {separator}
          <Verified t={t} locale={locale} what="identity" at={detail.identity.at} method={detail.identity.method} />
        </dd>
        {detail.relationship !== "SELF" && (
          <>
            <dt className="text-slate-600">{t("cases.details.onBehalfOf")}</dt>
            <dd className="col-span-2">
              {detail.subjectRelationship
                ? t("cases.details.subjectRelationship", {
                    subject: detail.subjectMasked ?? t("labels.none"),
                    relationship: detail.subjectRelationship,
                  })
                : (detail.subjectMasked ?? t("labels.none"))}
              {separator}
              <Verified
                t={t}
                locale={locale}
                what="authority"
                at={detail.authority.at}
                method={detail.authority.method}
              />
            </dd>
          </>
        )}
        <dt className="text-slate-600">{t("cases.details.residence")}</dt>
        <dd className="col-span-2">
          {t("cases.details.residenceValue", {
            place,
            language: translateIfKnown(t, `labels.languages.${detail.requester.locale}`, detail.requester.locale),
          })}
        </dd>
        <dt className="text-slate-600">{t("cases.details.customerNamed")}</dt>
        <dd className="col-span-2">{detail.customerNameGiven ?? t("labels.none")}</dd>
        {detail.closureText && (
          <>
            <dt className="text-slate-600">{t("cases.details.toldRequester")}</dt>
            <dd className="col-span-2 whitespace-pre-wrap">
              {detail.denialReason
                ? t("cases.details.toldWithReason", {
                    reason: t(`labels.denialReasons.${detail.denialReason}`),
                    text: detail.closureText,
                  })
                : detail.closureText}
            </dd>
          </>
        )}
      </dl>
      <h3 className="mt-4 mb-1 text-sm font-medium">{t("cases.details.documents")}</h3>
      {detail.uploads.length === 0 ? (
        <p className="text-sm text-slate-600">{t("cases.details.noDocuments")}</p>
      ) : (
        <ul className="list-inside list-disc text-sm">
          {detail.uploads.map((upload) => (
            <li key={upload.id}>
              <a className="text-blue-800 underline" href={`/api/v1/uploads/${upload.id}`}>
                {upload.downloadName}
              </a>{" "}
              {t("cases.details.upload", {
                purpose: t(`cases.details.purposes.${upload.purpose}`),
                size: formatNumber(locale, Math.ceil(upload.size / 1024)),
                filename: upload.filename,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
