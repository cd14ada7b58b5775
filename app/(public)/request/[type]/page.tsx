import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequestForm } from "@/components/intake/request-form";
import { submitRequestAction } from "@/lib/actions/public/request";
import { PublicShell } from "@/components/public/public-shell";
import { countryOptions } from "@/lib/domain/intake/countries";
import { REQUEST_TYPES, type RequestTypeCode } from "@/lib/domain/intake/request-schema";
import { requestLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.request") };
}

const SLUGS: Record<string, RequestTypeCode> = Object.fromEntries(
  REQUEST_TYPES.map((type) => [type.toLowerCase().replace(/_/g, "-"), type]),
);

export default async function RequestPage({ params }: { params: Promise<{ type: string }> }) {
  const { type: slug } = await params;
  const type = SLUGS[slug];
  if (!type) notFound();
  const { locale, t } = await requestLocale();
  return (
    <PublicShell locale={locale} t={t} returnTo={`/request/${slug}`}>
      <h1 className="mb-2 text-2xl font-semibold">{t("form.title", { type: t(`types.${type}`) })}</h1>
      <p className="mb-6 text-slate-700">{t(`home.rights.${type}`)}</p>
      <RequestForm
        key={locale}
        type={type}
        locale={locale}
       
        action={submitRequestAction}
        countries={countryOptions(locale)}
      />
    </PublicShell>
  );
}
