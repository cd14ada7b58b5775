import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { LanguageSwitch } from "@/components/public/language-switch";
import { DocumentLanguage } from "@/components/ui/document-language";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/auth/accept-invitation";
import { htmlLang } from "@/lib/i18n/languages";
import { invitationForToken } from "@/lib/server/users/invitation-for-token";
import { requestLocale } from "@/lib/i18n/locale";

// The link carries a secret: never pass it on to other sites.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.setPassword"), referrer: "no-referrer", robots: { index: false } };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationForToken(token);
  // Unknown, expired and used links: one 404 page (./not-found.tsx).
  if (!invitation) notFound();
  // Before sign-in the page follows the visitor's language (their choice, else their browser's).
  const { locale, t } = await requestLocale();
  return (
    <main
      lang={htmlLang(locale)}
      className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
    >
      <DocumentLanguage lang={htmlLang(locale)} />
      <div className="mb-4 flex justify-end">
        <LanguageSwitch locale={locale} label={t("site.switchTo")} returnTo={`/invite/${token}`} />
      </div>
      <h1 className="mb-1 text-xl font-semibold">{t("invitation.title")}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {t("invitation.welcome", { name: invitation.name, min: MIN_PASSWORD_LENGTH })}
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} minLength={MIN_PASSWORD_LENGTH} />
    </main>
  );
}
