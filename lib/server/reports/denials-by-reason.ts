import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { periodBounds, type ReportFilters } from "@/lib/domain/reports/report-filters";
import { caseFilterSql, instant } from "./case-filter-sql";

const denialsRow = z.object({
  /** A DRP v1.0 reason code, or null for a denial recorded without one. */
  reason: z.string().nullable(),
  count: z.number().int(),
});
export type DenialsRow = z.infer<typeof denialsRow>;

/** Requests denied in the period (by closure time), per reason code (closure time and outcome are set on closed cases only). */
export function denialsByReason(filters: ReportFilters): Promise<DenialsRow[]> {
  const { start, end } = periodBounds(filters);
  return queryRows(
    db(),
    denialsRow,
    Prisma.sql`
    SELECT c."denialReason"::text AS reason, count(*)::int AS count
    FROM "Case" c
    WHERE c."closedAt" >= ${instant(start)} AND c."closedAt" < ${instant(end)}
      AND c.outcome = 'DENIED'${caseFilterSql(filters)}
    GROUP BY 1
    ORDER BY 2 DESC, 1`,
  );
}
