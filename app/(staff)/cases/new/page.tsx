import type { Metadata } from "next";
import Link from "next/link";
import { RequestForm } from "@/components/intake/request-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { TYPE_LABELS } from "@/lib/domain/cases/labels";
import { countryOptions } from "@/lib/domain/intake/countries";
import { REQUEST_TYPES, type RequestTypeCode } from "@/lib/domain/intake/request-schema";
import { logRequestAction } from "@/lib/actions/staff/log-request";

export const metadata: Metadata = { title: "Log a request" };

export default async function LogRequestPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  await requirePagePermission("cases:work", "/cases/new");
  const { type: asked } = await searchParams;
  const type = REQUEST_TYPES.find((t): t is RequestTypeCode => t === asked);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Log a request received by email or post</h1>
      <nav aria-label="Request type" className="flex flex-wrap gap-2 text-sm">
        {REQUEST_TYPES.map((t) => (
          <Link
            key={t}
            href={`/cases/new?type=${t}`}
            aria-current={t === type ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${t === type ? "bg-slate-800 text-white" : ""}`}
          >
            {TYPE_LABELS[t]}
          </Link>
        ))}
      </nav>
      {type ? (
        <RequestForm
          key={type}
          type={type}
          locale="en"
          action={logRequestAction}
          countries={countryOptions("en")}
          receipt
        />
      ) : (
        <p className="text-slate-700">Choose the type of request first.</p>
      )}
    </div>
  );
}
