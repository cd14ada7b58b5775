import type { Metadata } from "next";
import Link from "next/link";
import { CustomerSearchForm } from "@/components/customers/customer-search-form";
import { CustomerTable } from "@/components/customers/customer-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { parseCustomerFilters } from "@/lib/domain/customers/customer-filters";
import { CUSTOMER_PAGE_SIZE, listCustomers } from "@/lib/server/customers/list-customers";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("customers:read", "/customers");
  const filters = parseCustomerFilters(await searchParams);
  const { rows, more } = await listCustomers(filters, actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Customers</h1>
          <p className="mt-1 text-sm text-slate-600">
            Cloud customers who are the controller of data they give us: requests about that data go to them.
          </p>
        </div>
        {can(actor.role, "customers:manage") && (
          <div className="flex items-center gap-4 text-sm">
            <Link href="/customers/new" className="text-blue-800 hover:underline">
              Add a customer
            </Link>
            <Link href="/customers/import" className="text-blue-800 hover:underline">
              Import from CSV
            </Link>
          </div>
        )}
      </div>
      <CustomerSearchForm filters={filters} />
      <CustomerTable rows={rows} />
      {more && (
        <p className="text-sm text-slate-600">Showing the first {CUSTOMER_PAGE_SIZE}. Search to narrow the list.</p>
      )}
    </div>
  );
}
