import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { periodBounds, type ReportFilters } from "@/lib/domain/reports/report-filters";
import { caseFilterSql, instant } from "./case-filter-sql";

const extensionsRow = z.object({ regime: z.string(), count: z.number().int() });
export type ExtensionsRow = z.infer<typeof extensionsRow>;

/** Deadlines extended in the period (by the time of the extension), per regime: each allows one. */
export function extensionsUsed(filters: ReportFilters): Promise<ExtensionsRow[]> {
  const { start, end } = periodBounds(filters);
  return queryRows(
    db(),
    extensionsRow,
    Prisma.sql`
    SELECT c.regime::text AS regime, count(*)::int AS count
    FROM "Case" c
    WHERE c."extendedAt" >= ${instant(start)} AND c."extendedAt" < ${instant(end)}${caseFilterSql(filters)}
    GROUP BY 1
    ORDER BY 2 DESC, 1`,
  );
}
