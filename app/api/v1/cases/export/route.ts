import { requirePermission } from "@/lib/auth/guards";
import { parseQueueFilters } from "@/lib/domain/cases/queue-filters";
import { errorResponse } from "@/lib/errors/http";
import { csvResponse } from "@/lib/server/http/csv-response";
import { exportCases } from "@/lib/server/cases/export-cases";

export const dynamic = "force-dynamic";

/** GET /api/v1/cases/export?<queue filters> or ?caseIds=...: the matching cases as a streamed CSV. */
export async function GET(request: Request) {
  try {
    const actor = await requirePermission("cases:read");
    const params = new URL(request.url).searchParams;
    const caseIds = params.getAll("caseIds");
    const filters = parseQueueFilters(Object.fromEntries(params.entries()));
    const { total, lines } = await exportCases({ filters, caseIds }, actor);
    return csvResponse(lines, { total, filename: `cases-${new Date().toISOString().slice(0, 10)}.csv` });
  } catch (error) {
    return errorResponse(error);
  }
}
