import type { Metadata } from "next";
import { PublicShell } from "@/components/public/public-shell";
import { StatusLinksForm } from "@/components/public/status-links-form";
import { Alert } from "@/components/ui/alert";
import { requestLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("titles.findRequest") };
}

/** Find your request: new links by email; after "stop this link working", says the link is stopped. */
export default async function StatusLinksPage({ searchParams }: { searchParams: Promise<{ stopped?: string }> }) {
  const { locale, t } = await requestLocale();
  const { stopped } = await searchParams;
  return (
    <PublicShell locale={locale} t={t} returnTo="/status">
      {stopped === "1" && (
        <div className="mb-4">
          <Alert tone="success">{t("statusLinks.stopped")}</Alert>
        </div>
      )}
      <h1 className="mb-2 text-2xl font-semibold">{t("statusLinks.title")}</h1>
      <p className="mb-6 text-slate-700">{t("statusLinks.intro")}</p>
      <StatusLinksForm />
    </PublicShell>
  );
}
