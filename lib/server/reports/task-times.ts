import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { inPeriod, reportRows } from "./case-filter-sql";

const taskTimeRow = z.object({
  systemId: z.string(),
  system: z.string(),
  /** Tasks of this system finished in the period (done, or found not to apply). */
  finished: z.number().int(),
  /** Median hours from the task being made to its being finished. */
  medianHours: z.number().nullable(),
});
export type TaskTimeRow = z.infer<typeof taskTimeRow>;

/**
 * Tasks finished in the period, per system: how many and the median time from the task being made to its
 * being finished (done or not applicable; waived tasks and those cancelled by routing left out: nobody did
 * them). The other filters apply to the task's case.
 */
export function taskTimes(filters: ReportFilters): Promise<TaskTimeRow[]> {
  return reportRows(
    taskTimeRow,
    Prisma.sql`
    SELECT s.id::text AS "systemId",
           s.name AS system,
           count(*)::int AS finished,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', t."finishedAt" - t."createdAt")) / 3600)::float8
             AS "medianHours"
    FROM "FulfilmentTask" t
    JOIN "Case" c ON c.id = t."caseId"
    JOIN "DataSystem" s ON s.id = t."systemId"
    WHERE t.state IN ('DONE'::"TaskState", 'NOT_APPLICABLE'::"TaskState")
      AND coalesce(t."finishedBy", '') NOT IN ('ROUTING', 'CLOSURE')
      AND ${inPeriod(filters, Prisma.sql`t."finishedAt"`)}
    GROUP BY s.id, s.name
    ORDER BY 4 DESC NULLS LAST, 2`,
  );
}
