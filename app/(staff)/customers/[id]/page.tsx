import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomerForm } from "@/components/customers/customer-form";
import { RoutedCasesTable } from "@/components/customers/routed-cases-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { formatElapsed } from "@/lib/domain/customers/acknowledgement-time";
import { CUSTOMER_LANGUAGE_LABELS } from "@/lib/domain/customers/customer-schema";
import { isAppError } from "@/lib/errors/app-error";
import { getCustomer } from "@/lib/server/customers/get-customer";

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("customers:read", `/customers/${id}`);
  const detail = await getCustomer(id, actor).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { customer } = detail;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{customer.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{customer.active ? "Active" : "Inactive"} customer</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="routed-heading" className="rounded-md border border-slate-200 bg-white p-4">
            <h2 id="routed-heading" className="mb-1 font-semibold">
              Routed requests
            </h2>
            <p className="mb-3 text-sm" data-testid="median-acknowledge">
              Median time to acknowledge: <strong>{formatElapsed(detail.medianAcknowledgeMs)}</strong>{" "}
              <span className="text-slate-600">
                (elapsed time, over {detail.acknowledgedCount} acknowledged routing
                {detail.acknowledgedCount === 1 ? "" : "s"})
              </span>
            </p>
            <RoutedCasesTable routings={detail.routings} />
            {detail.hiddenRoutings > 0 && (
              <p className="mt-2 text-xs text-slate-600">
                {detail.hiddenRoutings} more on cases assigned to other staff are not listed.
              </p>
            )}
          </section>
          {can(actor.role, "customers:manage") && (
            <section aria-labelledby="edit-heading" className="rounded-md border border-slate-200 bg-white p-4">
              <h2 id="edit-heading" className="mb-3 font-semibold">
                Edit
              </h2>
              <CustomerForm customerId={customer.id} updatedAt={customer.updatedAt.toISOString()} initial={customer} />
            </section>
          )}
        </div>
        <section
          aria-labelledby="registration-heading"
          className="h-fit rounded-md border border-slate-200 bg-white p-4"
        >
          <h2 id="registration-heading" className="mb-2 font-semibold">
            Registration
          </h2>
          <dl className="grid grid-cols-3 gap-x-3 gap-y-1 text-sm" data-testid="customer-registration">
            <dt className="text-slate-600">Aliases</dt>
            <dd className="col-span-2">{customer.aliases.join(", ") || "—"}</dd>
            <dt className="text-slate-600">Privacy contacts</dt>
            <dd className="col-span-2 break-all">{customer.contactEmails.join(", ")}</dd>
            <dt className="text-slate-600">Emails in</dt>
            <dd className="col-span-2">{CUSTOMER_LANGUAGE_LABELS[customer.locale]}</dd>
            <dt className="text-slate-600">Agreement</dt>
            <dd className="col-span-2">{customer.agreementReference ?? "—"}</dd>
            <dt className="text-slate-600">Confirmed cases</dt>
            <dd className="col-span-2">{detail.confirmedCases}</dd>
            <dt className="text-slate-600">Notes</dt>
            <dd className="col-span-2 whitespace-pre-wrap">{customer.notes ?? "—"}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
