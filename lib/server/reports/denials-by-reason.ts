import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { inPeriod, reportRows } from "./case-filter-sql";

const denialsRow = z.object({
  /** A DRP v1.0 reason code, or null for a denial recorded without one. */
  reason: z.string().nullable(),
  count: z.number().int(),
});
export type DenialsRow = z.infer<typeof denialsRow>;

/** Requests denied in the period (by closure time), per reason code (closure time and outcome are set on closed cases only). */
export function denialsByReason(filters: ReportFilters): Promise<DenialsRow[]> {
  return reportRows(
    denialsRow,
    Prisma.sql`
    SELECT c."denialReason"::text AS reason, count(*)::int AS count
    FROM "Case" c
    WHERE ${inPeriod(filters, Prisma.sql`c."closedAt"`)}
      AND c.outcome = 'DENIED'
    GROUP BY 1
    ORDER BY 2 DESC, 1`,
  );
}
