import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationForm } from "@/components/settings/organization-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { addressOf } from "@/lib/email/send-settings";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { loadOrganizationSettings } from "@/lib/server/settings/load-organization-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.organization.title") };
}

export default async function OrganizationSettingsPage() {
  const actor = await requirePagePermission("settings:manage", "/settings/organization");
  const t = translatorFor(actor.locale);
  const settings = await loadOrganizationSettings(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("settings.organization.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("settings.organization.intro")}</p>
        <p className="mt-1 text-sm">
          <Link href="/settings/email-texts?template=requester-denied" className="text-blue-800 underline">
            {t("settings.organization.denialEmailLink")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="organization-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="organization-heading" className="sr-only">
          {t("settings.organization.details")}
        </h2>
        <p className="mb-4 text-sm" data-testid="effective-from">
          {t("settings.organization.sentFrom", { address: settings.effectiveFrom })}
          {!settings.saved && (
            <span className="mt-1 block text-slate-600">{t("settings.organization.serverAddress")}</span>
          )}
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
