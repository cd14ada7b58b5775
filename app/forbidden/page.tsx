import Link from "next/link";
import { DocumentLanguage } from "@/components/ui/document-language";
import { currentActor } from "@/lib/auth/guards";
import { htmlLang } from "@/lib/i18n/languages";
import { requestLocale } from "@/lib/i18n/locale";
import { translatorFor } from "@/lib/i18n/translator";

/** Where a staff page sends a role it does not allow: in the staff member's language (it is outside the staff area). */
export default async function ForbiddenPage() {
  const locale = (await currentActor())?.locale ?? (await requestLocale()).locale;
  const t = translatorFor(locale);
  return (
    <main lang={htmlLang(locale)} className="mx-auto mt-24 max-w-md text-center">
      <DocumentLanguage lang={htmlLang(locale)} />
      <h1 className="text-xl font-semibold">{t("staffShell.forbidden.title")}</h1>
      <p className="mt-2 text-slate-600">{t("staffShell.forbidden.body")}</p>
      <Link href="/cases" className="mt-4 inline-block text-blue-700 underline">
        {t("staffShell.forbidden.back")}
      </Link>
    </main>
  );
}
