import { requirePermission } from "@/lib/auth/guards";
import { parseReportFilters } from "@/lib/domain/reports/report-filters";
import { errorResponse } from "@/lib/errors/http";
import { csvResponse } from "@/lib/server/http/csv-response";
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
    return csvResponse(lines, { total, filename: `register-${filters.from}-to-${filters.to}.csv` });
  } catch (error) {
    return errorResponse(error);
  }
}
