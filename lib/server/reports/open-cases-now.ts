import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { OPEN_STATUSES } from "@/lib/domain/cases/workflow";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { caseFilterSql, enumList, instant } from "./case-filter-sql";

export interface OpenCasesRow {
  status: string;
  count: number;
  /** Past the due date with the clock running: the queue's "Overdue" view counts the same. */
  overdue: number;
}

/** Open cases now by status, and how many of them are overdue (a snapshot: the period does not apply). */
export function openCasesNow(filters: ReportFilters, now: Date): Promise<OpenCasesRow[]> {
  return db().$queryRaw<OpenCasesRow[]>(Prisma.sql`
    SELECT c.status::text AS status,
           count(*)::int AS count,
           (count(*) FILTER (WHERE c."dueAt" < ${instant(now)} AND c."clockPausedAt" IS NULL))::int AS overdue
    FROM "Case" c
    WHERE c.status IN (${enumList(OPEN_STATUSES, "CaseStatus")})${caseFilterSql(filters)}
    GROUP BY 1`);
}
