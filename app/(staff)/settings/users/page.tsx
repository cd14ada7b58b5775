import type { Metadata } from "next";
import { InviteStaffForm } from "@/components/users/invite-staff-form";
import { StaffTable } from "@/components/users/staff-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { listStaff } from "@/lib/server/users/list-staff";
import { requestLocale } from "@/lib/i18n/locale";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.users.title") };
}

export default async function UsersPage() {
  const actor = await requirePagePermission("users:manage", "/settings/users");
  const t = translatorFor(actor.locale);
  const rows = await listStaff();
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">{t("settings.users.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("settings.users.intro")}</p>
      </section>
      <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite-heading" className="mb-3 font-medium">
          {t("settings.users.invite")}
        </h2>
        <InviteStaffForm defaultLocale={(await requestLocale()).locale} />
      </section>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="mb-2 font-medium">
          {t("settings.users.staff", { count: rows.length })}
        </h2>
        <StaffTable rows={rows} actorId={actor.id} now={new Date()} locale={actor.locale} />
      </section>
    </div>
  );
}
