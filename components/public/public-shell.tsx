import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/translator";
import { LanguageSwitch } from "./language-switch";
import { DocumentLanguage } from "@/components/ui/document-language";
import { htmlLang, type Locale } from "@/lib/i18n/languages";

/** The frame of every public page: title, language switch, content in a readable column. */
export function PublicShell({
  locale,
  t,
  returnTo,
  children,
}: {
  locale: Locale;
  t: Translator;
  returnTo: string;
  children: ReactNode;
}) {
  return (
    <div lang={htmlLang(locale)} className="min-h-screen">
      <DocumentLanguage lang={htmlLang(locale)} />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-3">
          <span className="font-semibold text-blue-900">{t("site.title")}</span>
          <LanguageSwitch locale={locale} label={t("site.switchTo")} returnTo={returnTo} />
        </div>
      </header>
      <main className="mx-auto max-w-2xl px-4 py-8">{children}</main>
    </div>
  );
}
