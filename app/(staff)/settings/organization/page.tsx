import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationForm } from "@/components/settings/organization-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { addressOf } from "@/lib/email/send-settings";
import { loadOrganizationSettings } from "@/lib/server/settings/load-organization-settings";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationSettingsPage() {
  await requirePagePermission("settings:manage", "/settings/organization");
  const settings = await loadOrganizationSettings(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">Organization</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Who email comes from, and where a requester whose request is denied can complain. Changes apply to the next
          email sent, without a restart. The denial email keeps its sentence on the regime&apos;s general remedies and
          adds the authority and contact set here; see it under{" "}
          <Link href="/settings/email-texts?template=requester-denied" className="text-blue-800 underline">
            Email texts
          </Link>
          .
        </p>
      </section>
      <section aria-labelledby="organization-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="organization-heading" className="sr-only">
          Organization details
        </h2>
        <p className="mb-4 text-sm" data-testid="effective-from">
          Email is sent from <span className="font-mono">{settings.effectiveFrom}</span>
          {settings.saved ? "." : " (the server's MAIL_FROM, until these settings are saved)."}
        </p>
        <OrganizationForm
          values={{
            senderName: settings.senderName,
            senderEmail: settings.senderEmail,
            supervisoryAuthority: settings.supervisoryAuthority,
            complaintContact: settings.complaintContact,
          }}
          mailFromAddress={addressOf(settings.mailFrom)}
        />
      </section>
    </div>
  );
}
