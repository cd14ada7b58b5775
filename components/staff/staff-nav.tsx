import Link from "next/link";
import { SignOutButton } from "@/components/staff/sign-out-button";
import type { Actor } from "@/lib/auth/guards";
import { can, ROLE_LABELS } from "@/lib/auth/roles";

export function StaffNav({ actor }: { actor: Actor }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Staff" className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
        <Link href="/cases" className="font-semibold text-blue-800">
          Rightsdesk
        </Link>
        <Link href="/cases" className="text-sm text-slate-700 hover:underline">
          Cases
        </Link>
        {can(actor.role, "customers:read") && (
          <Link href="/customers" className="text-sm text-slate-700 hover:underline">
            Customers
          </Link>
        )}
        {can(actor.role, "reports:read") && (
          <Link href="/reports" className="text-sm text-slate-700 hover:underline">
            Reports
          </Link>
        )}
        {can(actor.role, "mail:read") && (
          <Link href="/settings/email" className="text-sm text-slate-700 hover:underline">
            Email
          </Link>
        )}
        {can(actor.role, "users:manage") && (
          <Link href="/settings/users" className="text-sm text-slate-700 hover:underline">
            Users
          </Link>
        )}
        {can(actor.role, "settings:manage") && (
          <Link href="/settings" className="text-sm text-slate-700 hover:underline">
            Settings
          </Link>
        )}
        <Link
          href="/settings/profile"
          className="ml-auto text-sm text-slate-600 hover:underline"
          data-testid="signed-in-as"
          title="Your profile"
        >
          {actor.name} · {ROLE_LABELS[actor.role]}
        </Link>
        <SignOutButton />
      </nav>
    </header>
  );
}
