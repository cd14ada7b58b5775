import Link from "next/link";
import { PublicShell } from "@/components/public/public-shell";
import { REQUEST_TYPES } from "@/lib/domain/intake/request-schema";
import { requestLocale } from "@/lib/i18n/locale";

export default async function HomePage() {
  const { locale, t } = await requestLocale();
  return (
    <PublicShell locale={locale} t={t} returnTo="/">
      <h1 className="text-3xl font-semibold">{t("home.title")}</h1>
      <p className="mt-4 text-slate-700">{t("home.intro")}</p>
      <ul className="mt-8 space-y-3">
        {REQUEST_TYPES.map((type) => (
          <li
            key={type}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <div className="min-w-0 flex-1">
              <h2 className="font-medium">{t(`types.${type}`)}</h2>
              <p className="text-sm text-slate-700">{t(`home.rights.${type}`)}</p>
            </div>
            <Link
              href={`/request/${type.toLowerCase().replace(/_/g, "-")}`}
              className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
              aria-label={t("home.startType", { type: t(`types.${type}`) })}
            >
              {t("home.start")}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-10 text-sm text-slate-500">
        <Link href="/sign-in" className="underline">
          {t("home.staffSignIn")}
        </Link>
      </p>
    </PublicShell>
  );
}
