import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportFilters } from "@/lib/domain/reports/report-filters";
import { inPeriod, reportRows } from "./case-filter-sql";

const extensionsRow = z.object({ regime: z.string(), count: z.number().int() });
export type ExtensionsRow = z.infer<typeof extensionsRow>;

/** Deadlines extended in the period (by the time of the extension), per regime: each allows one. */
export function extensionsUsed(filters: ReportFilters): Promise<ExtensionsRow[]> {
  return reportRows(
    extensionsRow,
    Prisma.sql`
    SELECT c.regime::text AS regime, count(*)::int AS count
    FROM "Case" c
    WHERE ${inPeriod(filters, Prisma.sql`c."extendedAt"`)}
    GROUP BY 1
    ORDER BY 2 DESC, 1`,
  );
}
