import { Alert } from "@/components/ui/alert";
import { requestLocale } from "@/lib/i18n/locale";

/** The one answer (404) for a customer link that is unknown, expired, revoked or replaced. */
export default async function PartnerLinkNotFound() {
  const { locale, t } = await requestLocale();
  return (
    <main lang={locale === "zh" ? "zh-Hans" : "en"} className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">{t("partner.linkGoneTitle")}</h1>
      <Alert>{t("partner.linkGone")}</Alert>
    </main>
  );
}
