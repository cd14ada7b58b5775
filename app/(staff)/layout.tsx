import type { ReactNode } from "react";
import { FailedSignInNotice } from "@/components/staff/failed-sign-in-notice";
import { StaffNav } from "@/components/staff/staff-nav";
import { requirePagePermission } from "@/lib/auth/guards";
import { failedSignInNoticeText } from "@/lib/i18n/sign-in-texts";
import { translatorFor } from "@/lib/i18n/translator";
import { failedSignInNotice } from "@/lib/server/auth/failed-sign-in-notice";
import { DocumentLanguage } from "@/components/ui/document-language";
import { htmlLang } from "@/lib/i18n/languages";

// Second line of defence after the proxy: the session is re-checked against the database here.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requirePagePermission("cases:read");
  const notice = await failedSignInNotice(actor.id);
  // The staff area is in the staff member's own language (their profile's), whatever their browser says.
  const locale = actor.locale;
  return (
    <>
      <DocumentLanguage lang={htmlLang(locale)} />
      <StaffNav actor={actor} />
      {notice && (
        <FailedSignInNotice
          text={failedSignInNoticeText(locale, notice)}
          dismiss={translatorFor(locale)("signIn.dismiss")}
          lang={htmlLang(locale)}
        />
      )}
      <main className="mx-auto max-w-7xl px-6 py-6">{children}</main>
    </>
  );
}
