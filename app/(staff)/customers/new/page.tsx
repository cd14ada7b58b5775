import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerForm } from "@/components/customers/customer-form";
import { withNodes } from "@/components/customers/with-nodes";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors/app-error";
import { pageLocale } from "@/lib/i18n/page-locale";
import { translatorFor } from "@/lib/i18n/translator";
import { matchCaseCustomer } from "@/lib/server/customers/match-case-customer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await pageLocale())("customers.form.newTitle") };
}

/** Adds a customer; from a case (`?case=<id>`), starts from what the requester typed and confirms it there. */
export default async function NewCustomerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("customers:manage", "/customers/new");
  const t = translatorFor(actor.locale);
  const caseParam = (await searchParams).case;
  const caseId = typeof caseParam === "string" && caseParam ? caseParam : undefined;
  const fromCase = caseId
    ? await matchCaseCustomer(caseId, actor).catch((error: unknown) => {
        if (isAppError(error) && error.code === "NOT_FOUND") notFound();
        throw error;
      })
    : undefined;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("customers.form.newTitle")}</h1>
      {fromCase && (
        <p className="text-sm text-slate-600">
          {withNodes(
            {
              reference: (
                <Link href={`/cases/${fromCase.caseId}`} className="text-blue-800 underline">
                  {fromCase.reference}
                </Link>
              ),
            },
            (markers) => t("customers.form.forCase", markers),
          )}
        </p>
      )}
      <CustomerForm
        caseId={fromCase?.caseId}
        initial={{
          name: fromCase?.customerNameGiven ?? "",
          aliases: [],
          contactEmails: [],
          agreementReference: null,
          active: true,
          notes: null,
          locale: "en",
        }}
      />
    </div>
  );
}
