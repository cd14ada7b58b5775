import type { Metadata } from "next";
import Link from "next/link";
import { ImportSystemsForm } from "@/components/systems/import-systems-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("systems.import.title") };
}

export default async function ImportSystemsPage() {
  const actor = await requirePagePermission("systems:manage", "/systems/import");
  const t = translatorFor(actor.locale);
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <Link href="/systems" className="text-sm text-blue-800 hover:underline">
          {t("systems.import.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("systems.import.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("systems.import.intro")}</p>
      </div>
      <ImportSystemsForm />
    </div>
  );
}
