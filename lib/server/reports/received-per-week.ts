import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import type { WeekCount } from "@/lib/domain/reports/weekly-buckets";
import { inPeriod, reportRows } from "./case-filter-sql";

const weekCount = z.object({
  week: z.string(),
  key: z.string(),
  count: z.number().int(),
}) satisfies z.ZodType<WeekCount>;

/**
 * Requests received in the period per week (Monday to Sunday, UTC) and request type, every request that
 * reached a channel counted, confirmed or not. One grouped statement over the receipt-time index; weeks
 * without requests are absent (weeklyBuckets fills them in).
 */
export function receivedPerWeek(filters: ReportFilters): Promise<WeekCount[]> {
  // Grouped on the raw week and enum first, formatted after: formatting every row costs more than the count.
  return reportRows(
    weekCount,
    Prisma.sql`
    SELECT to_char(g.week, 'YYYY-MM-DD') AS week, g.type::text AS key, g.count::int AS count
    FROM (
      SELECT date_trunc('week', c."receivedAt" AT TIME ZONE 'UTC') AS week, c.type, count(*) AS count
      FROM "Case" c
      WHERE ${inPeriod(filters, Prisma.sql`c."receivedAt"`)}
      GROUP BY 1, 2
    ) g
    ORDER BY 1, 2`,
  );
}
