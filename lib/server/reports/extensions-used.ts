import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { periodBounds, type ReportFilters } from "@/lib/domain/reports/report-filters";
import { caseFilterSql, instant } from "./case-filter-sql";

export interface ExtensionsRow {
  regime: string;
  count: number;
}

/** Deadlines extended in the period (by the time of the extension), per regime: each allows one. */
export function extensionsUsed(filters: ReportFilters): Promise<ExtensionsRow[]> {
  const { start, end } = periodBounds(filters);
  return db().$queryRaw<ExtensionsRow[]>(Prisma.sql`
    SELECT c.regime::text AS regime, count(*)::int AS count
    FROM "Case" c
    WHERE c."extendedAt" >= ${instant(start)} AND c."extendedAt" < ${instant(end)}${caseFilterSql(filters)}
    GROUP BY 1
    ORDER BY 2 DESC, 1`);
}
