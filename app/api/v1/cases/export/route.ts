import { requirePermission } from "@/lib/auth/guards";
import { parseQueueFilters } from "@/lib/domain/cases/queue-filters";
import { errorResponse } from "@/lib/errors/http";
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
        "content-disposition": `attachment; filename="cases-${new Date().toISOString().slice(0, 10)}.csv"`,
        "x-total-count": String(total),
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
