import { Alert } from "@/components/ui/alert";
import { DocumentLanguage } from "@/components/ui/document-language";
import { htmlLang } from "@/lib/i18n/languages";
import { requestLocale } from "@/lib/i18n/locale";

/** The one answer (404) for an invitation link that is unknown, expired or used. */
export default async function InvitationNotFound() {
  const { locale, t } = await requestLocale();
  return (
    <main
      lang={htmlLang(locale)}
      className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
    >
      <DocumentLanguage lang={htmlLang(locale)} />
      <h1 className="mb-1 text-xl font-semibold">{t("invitation.title")}</h1>
      <div className="mt-4">
        <Alert>{t("invitation.invalid")}</Alert>
      </div>
    </main>
  );
}
