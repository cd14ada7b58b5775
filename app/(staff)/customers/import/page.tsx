import type { Metadata } from "next";
import Link from "next/link";
import { ImportCustomersForm } from "@/components/customers/import-customers-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("customers.import.title") };
}

export default async function ImportCustomersPage() {
  const actor = await requirePagePermission("customers:manage", "/customers/import");
  const t = translatorFor(actor.locale);
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <Link href="/customers" className="text-sm text-blue-800 hover:underline">
          {t("customers.import.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("customers.import.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("customers.import.intro")}</p>
      </div>
      <ImportCustomersForm />
    </div>
  );
}
