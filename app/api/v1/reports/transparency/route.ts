import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/guards";
import { searchParamsOf } from "@/lib/domain/query-params";
import { readTransparencyQuery, transparencyCsv } from "@/lib/domain/reports/transparency";
import { errorResponse } from "@/lib/errors/http";
import { rejectQueryErrors } from "@/lib/server/http/reject-query-errors";
import { transparencySummary } from "@/lib/server/reports/transparency-summary";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/reports/transparency?year=2026[&regime=US_CA_CCPA][&format=csv]: the year's transparency
 * summary per request type, as JSON (default) or a CSV download; 400 with field errors for a malformed value.
 */
export async function GET(request: Request) {
  try {
    const actor = await requirePermission("reports:read");
    const { params, errors } = readTransparencyQuery(searchParamsOf(request.url));
    rejectQueryErrors(errors);
    const summary = await transparencySummary({ year: params.year, regime: params.regime }, actor);
    if (params.format === "csv") {
      const suffix = params.regime ? `-${params.regime}` : "";
      return new Response(transparencyCsv(summary), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="transparency-${summary.year}${suffix}.csv"`,
          "cache-control": "no-store",
        },
      });
    }
    return NextResponse.json(summary, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, request);
  }
}
