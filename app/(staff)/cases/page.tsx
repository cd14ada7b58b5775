import type { Metadata } from "next";
import { CaseQueueTable } from "@/components/cases/case-queue-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { listCaseQueue } from "@/lib/server/cases/list-case-queue";

export const metadata: Metadata = { title: "Case queue" };

export default async function CasesPage() {
  await requirePagePermission("cases:read", "/cases");
  const rows = await listCaseQueue();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Case queue</h1>
      <CaseQueueTable rows={rows} />
    </>
  );
}
