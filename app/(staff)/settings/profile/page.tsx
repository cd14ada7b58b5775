import type { Metadata } from "next";
import { StaffProfileForm } from "@/components/users/staff-profile-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { staffProfile } from "@/lib/server/users/staff-profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.profile.title") };
}

/** Every staff member's own settings. */
export default async function StaffProfilePage() {
  const actor = await requirePagePermission("cases:read", "/settings/profile");
  const t = translatorFor(actor.locale);
  const { locale } = await staffProfile(actor);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("settings.profile.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          {t("settings.profile.intro", { name: actor.name, email: actor.email })}
        </p>
      </section>
      <section aria-label={t("settings.profile.language")} className="rounded-lg border border-slate-200 bg-white p-4">
        <StaffProfileForm locale={locale} />
      </section>
    </div>
  );
}
