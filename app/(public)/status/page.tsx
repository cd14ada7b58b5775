import type { Metadata } from "next";
import { PublicShell } from "@/components/public/public-shell";
import { StatusLinksForm } from "@/components/public/status-links-form";
import { requestLocale } from "@/lib/i18n/locale";

export const metadata: Metadata = { title: "Find your request" };

export default async function StatusLinksPage() {
  const { locale, t } = await requestLocale();
  return (
    <PublicShell locale={locale} t={t} returnTo="/status">
      <h1 className="mb-2 text-2xl font-semibold">{t.statusLinks.title}</h1>
      <p className="mb-6 text-slate-700">{t.statusLinks.intro}</p>
      <StatusLinksForm t={t} />
    </PublicShell>
  );
}
