import type { Metadata } from "next";
import { StaffProfileForm } from "@/components/users/staff-profile-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { staffProfile } from "@/lib/server/users/staff-profile";

export const metadata: Metadata = { title: "Your profile" };

/** Every staff member's own settings. */
export default async function StaffProfilePage() {
  const actor = await requirePagePermission("cases:read", "/settings/profile");
  const { locale } = await staffProfile(actor);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">Your profile</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          {actor.name} · {actor.email}. Emails to you (assignments, deadline reminders, the daily digest and routing
          alerts) are written in the language chosen here.
        </p>
      </section>
      <section aria-label="Language" className="rounded-lg border border-slate-200 bg-white p-4">
        <StaffProfileForm locale={locale} />
      </section>
    </div>
  );
}
