import { requirePermission } from "@/lib/auth/guards";
import { parseReportFilters } from "@/lib/domain/reports/report-filters";
import { errorResponse } from "@/lib/errors/http";
import { exportRegister } from "@/lib/server/reports/export-register";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/reports/register?from=YYYY-MM-DD&to=YYYY-MM-DD[&type=&regime=&customerId=]: the request
 * register of the period (default the last 12 weeks) as a streamed CSV; x-total-count announces the rows.
 */
export async function GET(request: Request) {
  try {
    const actor = await requirePermission("reports:register");
    const filters = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams.entries()));
    const { total, lines } = await exportRegister(filters, actor);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await lines.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="register-${filters.from}-to-${filters.to}.csv"`,
        "x-total-count": String(total),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
