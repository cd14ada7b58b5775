import { Alert } from "@/components/ui/alert";
import { requestLocale } from "@/lib/i18n/locale";
import { htmlLang } from "@/lib/i18n/languages";

/** The one answer (404) for a task link that is unknown, expired, revoked, replaced, or whose case is closed. */
export default async function TaskLinkNotFound() {
  const { locale, t } = await requestLocale();
  return (
    <main lang={htmlLang(locale)} className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">{t("taskLink.linkGoneTitle")}</h1>
      <Alert>{t("taskLink.linkGone")}</Alert>
    </main>
  );
}
