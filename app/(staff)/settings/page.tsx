import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.index.title") };
}

const PAGES = [
  { href: "/settings/deadlines", page: "deadlines" },
  { href: "/settings/organization", page: "organization" },
  { href: "/settings/email-texts", page: "emailTexts" },
  { href: "/settings/routing", page: "routing" },
  { href: "/settings/fulfilment", page: "fulfilment" },
  { href: "/settings/retention", page: "retention" },
  { href: "/settings/users", page: "users" },
  { href: "/settings/email", page: "email" },
] as const;

export default async function SettingsPage() {
  const actor = await requirePagePermission("settings:manage", "/settings");
  const t = translatorFor(actor.locale);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("settings.index.title")}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {PAGES.map(({ href, page }) => (
          <li key={href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={href} className="font-medium text-blue-800 underline">
              {t(`settings.index.pages.${page}.title`)}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{t(`settings.index.pages.${page}.about`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
