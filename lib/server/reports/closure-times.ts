import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import { ANSWERED_OUTCOMES } from "@/lib/domain/reports/outcome-groups";
import { secondsToDays } from "@/lib/domain/reports/rates";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { enumList, inPeriod, reportRows } from "./case-filter-sql";

export interface ClosureTimesRow {
  /** Null on the row for all types together. */
  type: string | null;
  closedNotExtended: number;
  onTimeNotExtended: number;
  closedExtended: number;
  onTimeExtended: number;
  /** Calendar days from receipt to closure (percentile_cont, so interpolated); null without cases. */
  medianDays: number | null;
  p90Days: number | null;
}

/** The grouped counts, and the median and 90th percentile in seconds (null without cases). */
const closureRow = z.object({
  type: z.string().nullable(),
  closedNotExtended: z.number().int(),
  onTimeNotExtended: z.number().int(),
  closedExtended: z.number().int(),
  onTimeExtended: z.number().int(),
  seconds: z.array(z.number()).nullable(),
});

/**
 * Cases answered in the period (closed with an outcome in ANSWERED_OUTCOMES, by closure time): how many
 * closed by their due date, extended ones apart (on time means by the extended date), and the median and
 * 90th percentile of days to close, per type and for all types (GROUPING SETS: percentiles cannot be
 * added up afterwards). One statement. A closure time and an outcome are set only on closed cases
 * (reopening clears both), so no status test: it would make the planner underestimate the rows and walk
 * the index where reading the table is faster.
 */
export async function closureTimes(filters: ReportFilters): Promise<ClosureTimesRow[]> {
  // date_part gives float8 seconds (extract's numeric is several times slower to sort); both
  // percentiles come from one sort.
  const rows = await reportRows(
    closureRow,
    Prisma.sql`
    SELECT c.type::text AS type,
           (count(*) FILTER (WHERE c."extendedAt" IS NULL))::int AS "closedNotExtended",
           (count(*) FILTER (WHERE c."extendedAt" IS NULL AND c."closedAt" <= c."dueAt"))::int AS "onTimeNotExtended",
           (count(*) FILTER (WHERE c."extendedAt" IS NOT NULL))::int AS "closedExtended",
           (count(*) FILTER (WHERE c."extendedAt" IS NOT NULL AND c."closedAt" <= c."dueAt"))::int AS "onTimeExtended",
           percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY date_part('epoch', c."closedAt" - c."receivedAt"))
             AS seconds
    FROM "Case" c
    WHERE ${inPeriod(filters, Prisma.sql`c."closedAt"`)}
      AND c.outcome IN (${enumList(ANSWERED_OUTCOMES, "ClosureOutcome")})
    GROUP BY GROUPING SETS ((c.type), ())
    ORDER BY 1 NULLS LAST`,
  );
  return rows.map(({ seconds, ...row }) => ({
    ...row,
    medianDays: secondsToDays(seconds?.[0] ?? null),
    p90Days: secondsToDays(seconds?.[1] ?? null),
  }));
}
