import Link from "next/link";
import { SignOutButton } from "@/components/staff/sign-out-button";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { translatorFor } from "@/lib/i18n/translator";

export function StaffNav({ actor }: { actor: Actor }) {
  const t = translatorFor(actor.locale);
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label={t("staffShell.nav.label")} className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
        <Link href="/cases" className="font-semibold text-blue-800">
          Rightsdesk
        </Link>
        <Link href="/cases" className="text-sm text-slate-700 hover:underline">
          {t("staffShell.nav.cases")}
        </Link>
        <Link href="/tasks" className="text-sm text-slate-700 hover:underline">
          {t("staffShell.nav.myTasks")}
        </Link>
        {can(actor.role, "customers:read") && (
          <Link href="/customers" className="text-sm text-slate-700 hover:underline">
            {t("staffShell.nav.customers")}
          </Link>
        )}
        {can(actor.role, "systems:read") && (
          <Link href="/systems" className="text-sm text-slate-700 hover:underline">
            {t("staffShell.nav.systems")}
          </Link>
        )}
        {can(actor.role, "reports:read") && (
          <Link href="/reports" className="text-sm text-slate-700 hover:underline">
            {t("staffShell.nav.reports")}
          </Link>
        )}
        {can(actor.role, "mail:read") && (
          <Link href="/settings/email" className="text-sm text-slate-700 hover:underline">
            {t("staffShell.nav.email")}
          </Link>
        )}
        {can(actor.role, "users:manage") && (
          <Link href="/settings/users" className="text-sm text-slate-700 hover:underline">
            {t("staffShell.nav.users")}
          </Link>
        )}
        {can(actor.role, "settings:manage") && (
          <Link href="/settings" className="text-sm text-slate-700 hover:underline">
            {t("staffShell.nav.settings")}
          </Link>
        )}
        <Link
          href="/settings/profile"
          className="ml-auto text-sm text-slate-600 hover:underline"
          data-testid="signed-in-as"
          title={t("staffShell.nav.profile")}
        >
          {t("staffShell.nav.signedInAs", { name: actor.name, role: t(`labels.roles.${actor.role}`) })}
        </Link>
        <SignOutButton />
      </nav>
    </header>
  );
}
