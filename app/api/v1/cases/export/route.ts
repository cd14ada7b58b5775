import { requirePermission } from "@/lib/auth/guards";
import { readQueueQuery } from "@/lib/domain/cases/queue-filters";
import { searchParamsOf } from "@/lib/domain/query-params";
import { errorResponse } from "@/lib/errors/http";
import { csvResponse } from "@/lib/server/http/csv-response";
import { rejectQueryErrors } from "@/lib/server/http/reject-query-errors";
import { exportCases } from "@/lib/server/cases/export-cases";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/cases/export?<queue filters> or ?caseIds=...: the matching cases as a streamed CSV; 400 with
 * field errors for a malformed filter.
 */
export async function GET(request: Request) {
  try {
    const actor = await requirePermission("cases:read");
    const caseIds = new URL(request.url).searchParams.getAll("caseIds");
    const { filters, errors } = readQueueQuery(searchParamsOf(request.url));
    rejectQueryErrors(errors);
    const { total, lines } = await exportCases({ filters, caseIds }, actor);
    return csvResponse(lines, { total, filename: `cases-${new Date().toISOString().slice(0, 10)}.csv` });
  } catch (error) {
    return errorResponse(error, request);
  }
}
