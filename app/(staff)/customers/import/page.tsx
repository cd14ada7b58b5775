import type { Metadata } from "next";
import Link from "next/link";
import { ImportCustomersForm } from "@/components/customers/import-customers-form";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Import customers" };

export default async function ImportCustomersPage() {
  await requirePagePermission("customers:manage", "/customers/import");
  return (
    <div className="max-w-4xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Import customers</h1>
        <p className="mt-1 text-sm text-slate-600">
          A first load of the registry from a spreadsheet. All or nothing: if any row is rejected, nothing is imported
          and the report says which lines to fix. Names already registered are rejected, never overwritten; change those
          on the{" "}
          <Link href="/customers" className="text-blue-800 underline">
            customer&apos;s page
          </Link>
          .
        </p>
      </div>
      <ImportCustomersForm />
    </div>
  );
}
