import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/public/language-switch";
import { requestLocale } from "@/lib/i18n/locale";
import { DocumentLanguage } from "@/components/ui/document-language";
import { htmlLang } from "@/lib/i18n/languages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("signIn.pageTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const { locale, t } = await requestLocale();
  return (
    <main
      lang={htmlLang(locale)}
      className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
    >
      <DocumentLanguage lang={htmlLang(locale)} />
      <div className="mb-4 flex justify-end">
        <LanguageSwitch
          locale={locale}
          label={t("site.switchTo")}
          returnTo={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}
        />
      </div>
      <h1 className="mb-1 text-xl font-semibold">{t("signIn.title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("signIn.intro")}</p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
