import type { Metadata } from "next";
import { InviteStaffForm } from "@/components/users/invite-staff-form";
import { StaffTable } from "@/components/users/staff-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { listStaff } from "@/lib/server/users/list-staff";
import { requestLocale } from "@/lib/i18n/locale";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePagePermission("users:manage", "/settings/users");
  const rows = await listStaff();
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">Users</h1>
        <p className="mt-1 text-sm text-slate-600">
          Staff accounts and their roles. A change applies on the person&apos;s next page load; a disabled account is
          signed out at once.
        </p>
      </section>
      <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite-heading" className="mb-3 font-medium">
          Invite a staff member
        </h2>
        <InviteStaffForm defaultLocale={(await requestLocale()).locale} />
      </section>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="mb-2 font-medium">
          Staff ({rows.length})
        </h2>
        <StaffTable rows={rows} actorId={actor.id} now={new Date()} />
      </section>
    </div>
  );
}
