import type { Metadata } from "next";
import { FulfilmentPolicyForm } from "@/components/settings/fulfilment-policy-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { loadFulfilmentPolicy } from "@/lib/server/fulfilment/load-fulfilment-policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("settings.index.pages.fulfilment.title") };
}

export default async function FulfilmentSettingsPage() {
  const actor = await requirePagePermission("settings:manage", "/settings/fulfilment");
  const t = translatorFor(actor.locale);
  const policy = await loadFulfilmentPolicy(db());
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold">{t("fulfilmentSettings.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("fulfilmentSettings.intro")}</p>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <FulfilmentPolicyForm
          policy={{
            remindAfterBusinessDays: policy.remindAfterBusinessDays,
            escalateAfterBusinessDays: policy.escalateAfterBusinessDays,
            maxFilesPerResult: policy.maxFilesPerResult,
            maxFileMegabytes: policy.maxFileMegabytes,
            maxDeliveryAttempts: policy.maxDeliveryAttempts,
            allowedPrivateHosts: policy.allowedPrivateHosts,
          }}
        />
      </section>
    </div>
  );
}
