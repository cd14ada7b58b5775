import type { ReactNode } from "react";
import { FailedSignInNotice } from "@/components/staff/failed-sign-in-notice";
import { StaffNav } from "@/components/staff/staff-nav";
import { requirePagePermission } from "@/lib/auth/guards";
import { requestLocale } from "@/lib/i18n/locale";
import { failedSignInNoticeText } from "@/lib/i18n/sign-in-texts";
import { failedSignInNotice } from "@/lib/server/auth/failed-sign-in-notice";
import { DocumentLanguage } from "@/components/ui/document-language";
import { STAFF_LOCALE, htmlLang } from "@/lib/i18n/languages";

// Second line of defence after the proxy: the session is re-checked against the database here.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requirePagePermission("cases:read");
  const notice = await failedSignInNotice(actor.id);
  const { locale, t } = await requestLocale();
  return (
    <>
      <DocumentLanguage lang={htmlLang(STAFF_LOCALE)} />
      <StaffNav actor={actor} />
      {notice && (
        <FailedSignInNotice
          text={failedSignInNoticeText(locale, notice)}
          dismiss={t("signIn.dismiss")}
          lang={htmlLang(locale)}
        />
      )}
      <main className="mx-auto max-w-7xl px-6 py-6">{children}</main>
    </>
  );
}
