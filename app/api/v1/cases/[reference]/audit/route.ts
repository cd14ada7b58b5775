import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { errorResponse } from "@/lib/errors/http";
import { auditExportCsv, exportCaseAudit } from "@/lib/server/audit/export-case-audit";

export const dynamic = "force-dynamic";

/** A case's audit history for a regulator: JSON, or CSV with `?format=csv`. Staff who read cases. */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  try {
    const actor = await requirePermission("cases:read");
    const { reference } = await params;
    const format = new URL(request.url).searchParams.get("format") ?? undefined;
    const exported = await exportCaseAudit({ reference, format }, actor);
    if (exported.format === "csv") {
      return new NextResponse(auditExportCsv(exported), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${exported.reference}-audit.csv"`,
          "cache-control": "no-store",
        },
      });
    }
    return NextResponse.json(exported, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, request);
  }
}
