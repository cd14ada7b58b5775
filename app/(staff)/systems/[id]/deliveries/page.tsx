import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors/app-error";
import { formatNumber } from "@/lib/i18n/format";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { DELIVERY_LOG_SIZE, listDeliveries } from "@/lib/server/webhooks/list-deliveries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("webhooks.log.pageTitle") };
}

export default async function SystemDeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("systems:read", `/systems/${id}/deliveries`);
  const { locale } = actor;
  const t = translatorFor(locale);
  const log = await listDeliveries(id, actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link className="underline" href="/systems">
          {t("webhooks.log.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("webhooks.log.title", { system: log.system.name })}</h1>
      <p className="text-sm text-slate-600">{t("webhooks.log.intro")}</p>
      <section className="rounded-md border border-slate-200 bg-white p-4">
        <DeliveryLog deliveries={log.deliveries} locale={locale} mayResend={can(actor.role, "cases:work")} />
        {log.more && (
          <p className="mt-2 text-xs text-slate-600">
            {t("webhooks.log.more", { count: formatNumber(locale, DELIVERY_LOG_SIZE) })}
          </p>
        )}
      </section>
    </div>
  );
}
