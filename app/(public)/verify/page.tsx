import type { Metadata } from "next";
import { PublicShell } from "@/components/public/public-shell";
import { Alert } from "@/components/ui/alert";
import { VerifyCodeForm, VerifyLinkForm } from "@/components/public/verify-forms";
import { requestLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.confirmEmail"), referrer: "no-referrer" };
}

export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; request?: string; email?: string }>;
}) {
  const { token, request, email } = await searchParams;
  const { locale, t } = await requestLocale();
  const returnTo = request ? `/verify?request=${encodeURIComponent(request)}` : "/verify";
  return (
    <PublicShell locale={locale} t={t} returnTo={token ? `/verify?token=${encodeURIComponent(token)}` : returnTo}>
      <h1 className="mb-4 text-2xl font-semibold">{t("verify.title")}</h1>
      {token ? (
        <VerifyLinkForm token={token} locale={locale} />
      ) : (
        <>
          {email === "held" ? (
            <div className="mb-6">
              <Alert tone="info">{t("verify.held")}</Alert>
            </div>
          ) : (
            <p className="mb-6 text-slate-700">{t("verify.intro")}</p>
          )}
          {request && <VerifyCodeForm request={request} locale={locale} />}
        </>
      )}
    </PublicShell>
  );
}
