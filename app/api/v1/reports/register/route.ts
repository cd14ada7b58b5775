import { requirePermission } from "@/lib/auth/guards";
import { searchParamsOf } from "@/lib/domain/query-params";
import { readReportQuery } from "@/lib/domain/reports/report-filters";
import { errorResponse } from "@/lib/errors/http";
import { csvResponse } from "@/lib/server/http/csv-response";
import { rejectQueryErrors } from "@/lib/server/http/reject-query-errors";
import { exportRegister } from "@/lib/server/reports/export-register";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/reports/register?from=YYYY-MM-DD&to=YYYY-MM-DD[&type=&regime=&customerId=]: the request
 * register of the period (default the last 12 weeks) as a streamed CSV; x-total-count announces the rows.
 * 400 with field errors for a malformed value, a date outside 2000-2100 or a period over 10 years.
 */
export async function GET(request: Request) {
  try {
    const actor = await requirePermission("reports:register");
    const { filters, errors } = readReportQuery(searchParamsOf(request.url));
    rejectQueryErrors(errors);
    const { total, lines } = await exportRegister(filters, actor);
    return csvResponse(lines, { total, filename: `register-${filters.from}-to-${filters.to}.csv` });
  } catch (error) {
    return errorResponse(error, request);
  }
}
