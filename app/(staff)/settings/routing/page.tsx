import type { Metadata } from "next";
import { RoutingPolicyForm } from "@/components/settings/routing-policy-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { loadRoutingPolicy } from "@/lib/server/routing/routing-policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.index.pages.routing.title") };
}

export default async function RoutingSettingsPage() {
  const actor = await requirePagePermission("settings:manage", "/settings/routing");
  const t = translatorFor(actor.locale);
  const policy = await loadRoutingPolicy(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("settings.routing.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("settings.routing.intro")}</p>
      </section>
      <section aria-labelledby="clock-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="clock-heading" className="mb-3 font-medium">
          {t("settings.routing.clock")}
        </h2>
        <RoutingPolicyForm
          policy={{
            forwardWithinBusinessDays: policy.forwardWithinBusinessDays,
            remindAfterBusinessDays: policy.remindAfterBusinessDays,
            escalateAfterBusinessDays: policy.escalateAfterBusinessDays,
            linkValidDays: policy.linkValidDays,
          }}
        />
      </section>
    </div>
  );
}
