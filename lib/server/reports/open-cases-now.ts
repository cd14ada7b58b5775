import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { openCaseSql, overdueCaseSql } from "@/lib/db/case-rules";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { caseFilterSql } from "./case-filter-sql";

const openCasesRow = z.object({
  status: z.string(),
  count: z.number().int(),
  /** Past the due date with the clock running: the queue's "Overdue" view counts the same. */
  overdue: z.number().int(),
});
export type OpenCasesRow = z.infer<typeof openCasesRow>;

/** Open cases now by status, and how many of them are overdue (a snapshot: the period does not apply). */
export function openCasesNow(filters: ReportFilters, now: Date): Promise<OpenCasesRow[]> {
  return queryRows(
    db(),
    openCasesRow,
    Prisma.sql`
    SELECT c.status::text AS status,
           count(*)::int AS count,
           (count(*) FILTER (WHERE ${overdueCaseSql(now)}))::int AS overdue
    FROM "Case" c
    WHERE ${openCaseSql}${caseFilterSql(filters)}
    GROUP BY 1`,
  );
}
