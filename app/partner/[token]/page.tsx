import { translateIfKnown, type Translator } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LanguageSwitch } from "@/components/public/language-switch";
import { PartnerRequester } from "@/components/routing/partner-requester";
import { PartnerResponseForm } from "@/components/routing/partner-response-form";
import { Alert } from "@/components/ui/alert";
import { isAppError } from "@/lib/errors/app-error";
import { requestLocale } from "@/lib/i18n/locale";
import { customerRoutingView, type CustomerRoutingView } from "@/lib/server/routing/customer-routing-view";
import { formatDate } from "@/lib/i18n/format";
import { DocumentLanguage } from "@/components/ui/document-language";
import { htmlLang } from "@/lib/i18n/languages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.partner"), referrer: "no-referrer", robots: { index: false } };
}
export const dynamic = "force-dynamic";

function detailValue(value: unknown, t: Translator): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? t("partner.yes") : t("partner.no");
  return JSON.stringify(value);
}

/**
 * The cloud customer's secure page: only what they need to decide on the request (policy 6.4), reached
 * by the link we emailed (256-bit token, hash stored, expiring, revocable). No account needed. In the
 * visitor's language (English or Chinese), like the requester's pages.
 */
export default async function PartnerPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await requestLocale();
  let view: CustomerRoutingView;
  try {
    view = await customerRoutingView(token);
  } catch (error) {
    // Unknown, expired, revoked and replaced links: one 404 page (./not-found.tsx).
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const request = view.request;
  return (
    <main lang={htmlLang(locale)} className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <DocumentLanguage lang={htmlLang(locale)} />
      <header>
        <div className="flex items-center justify-between">
          <p className="text-sm text-slate-600">{t("partner.forCustomer", { customer: view.customerName })}</p>
          <LanguageSwitch locale={locale} label={t("site.switchTo")} returnTo={`/partner/${token}`} />
        </div>
        <h1 className="text-2xl font-semibold">{t("partner.heading", { reference: view.reference })}</h1>
        {request && <p className="text-slate-700">{t("partner.intro")}</p>}
      </header>
      {request && (
        <section aria-labelledby="request-title" className="rounded-md border border-slate-200 bg-white p-4">
          <h2 id="request-title" className="mb-2 font-semibold">
            {t("partner.requestTitle")}
          </h2>
          <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("partner.type")}</dt>
            <dd className="col-span-2">{translateIfKnown(t, `partner.types.${request.type}`, request.type)}</dd>
            {Object.entries(request.details).map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="text-slate-600">{translateIfKnown(t, `partner.fields.${key}`, key)}</dt>
                <dd className="col-span-2 whitespace-pre-wrap">{detailValue(value, t)}</dd>
              </div>
            ))}
            <dt className="text-slate-600">{t("partner.from")}</dt>
            <dd className="col-span-2">
              <PartnerRequester
                token={token}
                requester={request.requester}
                forSomeoneElse={request.onBehalfOfSomeoneElse}
               
              />
            </dd>
            <dt className="text-slate-600">{t("partner.receivedByUs")}</dt>
            <dd className="col-span-2">{formatDate(locale, request.receivedAt)}</dd>
            <dt className="text-slate-600">{t("partner.ourDueDate")}</dt>
            <dd className="col-span-2">{request.ourDueDate}</dd>
            <dt className="text-slate-600">{t("partner.sentToYou")}</dt>
            <dd className="col-span-2">{formatDate(locale, view.routing.sentAt)}</dd>
          </dl>
        </section>
      )}
      <section aria-labelledby="answer-title" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
        <h2 id="answer-title" className="font-semibold">
          {t("partner.answerTitle")}
        </h2>
        {request ? (
          <p className="text-sm" data-testid="partner-state">
            {translateIfKnown(t, `partner.states.${view.routing.state}`, view.routing.state)}
          </p>
        ) : (
          <Alert tone="info">{t("partner.noLongerApplies")}</Alert>
        )}
        {view.answers.length > 0 && <PartnerResponseForm token={token} answers={view.answers} />}
      </section>
    </main>
  );
}
