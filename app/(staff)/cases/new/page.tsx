import type { Metadata } from "next";
import Link from "next/link";
import { RequestForm } from "@/components/intake/request-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { countryOptions } from "@/lib/domain/intake/countries";
import { REQUEST_TYPES, type RequestTypeCode } from "@/lib/domain/intake/request-schema";
import { logRequestAction } from "@/lib/actions/staff/log-request";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = translatorFor(await pageLocale());
  return { title: t("cases.newCase.title") };
}

export default async function LogRequestPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  const actor = await requirePagePermission("cases:work", "/cases/new");
  const t = translatorFor(actor.locale);
  const { type: asked } = await searchParams;
  const type = REQUEST_TYPES.find((candidate): candidate is RequestTypeCode => candidate === asked);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("cases.newCase.title")}</h1>
      <nav aria-label={t("cases.newCase.typeNav")} className="flex flex-wrap gap-2 text-sm">
        {REQUEST_TYPES.map((option) => (
          <Link
            key={option}
            href={`/cases/new?type=${option}`}
            aria-current={option === type ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${option === type ? "bg-slate-800 text-white" : ""}`}
          >
            {t(`labels.types.${option}`)}
          </Link>
        ))}
      </nav>
      {type ? (
        <RequestForm
          key={type}
          type={type}
          // The requester's language for replies, as first offered: English, whatever the staff member reads.
          locale="en"
          action={logRequestAction}
          countries={countryOptions(actor.locale)}
          receipt
        />
      ) : (
        <p className="text-slate-700">{t("cases.newCase.chooseType")}</p>
      )}
    </div>
  );
}
