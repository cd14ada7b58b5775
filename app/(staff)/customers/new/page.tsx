import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerForm } from "@/components/customers/customer-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors/app-error";
import { matchCaseCustomer } from "@/lib/server/customers/match-case-customer";

export const metadata: Metadata = { title: "New customer" };

/** Adds a customer; from a case (`?case=<id>`), starts from what the requester typed and confirms it there. */
export default async function NewCustomerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("customers:manage", "/customers/new");
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
      <h1 className="text-2xl font-semibold">New customer</h1>
      {fromCase && (
        <p className="text-sm text-slate-600">
          For case{" "}
          <Link href={`/cases/${fromCase.caseId}`} className="text-blue-800 underline">
            {fromCase.reference}
          </Link>
          : the customer is registered and confirmed for the case.
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
