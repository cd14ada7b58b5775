import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { periodBounds, type ReportFilters } from "@/lib/domain/reports/report-filters";

/**
 * The reports' filters as SQL conditions on the case aliased `c`, each starting with AND (nothing when
 * no filter is set). Values are bound parameters; enum values are cast to their types.
 * `customerColumn` lets the routing figures filter on the customer a routing went to.
 */
export function caseFilterSql(
  filters: Pick<ReportFilters, "type" | "regime" | "customerId">,
  customerColumn: Prisma.Sql = Prisma.sql`c."customerId"`,
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.type) conditions.push(Prisma.sql`c.type = ${filters.type}::"RequestType"`);
  if (filters.regime) conditions.push(Prisma.sql`c.regime = ${filters.regime}::"Regime"`);
  if (filters.customerId) conditions.push(Prisma.sql`${customerColumn} = ${filters.customerId}::uuid`);
  return conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** `IN (...)` list of enum values, each bound and cast. */
export function enumList(values: readonly string[], type: string): Prisma.Sql {
  return Prisma.join(values.map((v) => Prisma.sql`${v}::${Prisma.raw(`"${type}"`)}`));
}

/**
 * An instant as a bound timestamptz parameter written in UTC ("...Z"), so its meaning never depends on
 * the database session's time zone (a bare Date parameter is sent without one).
 */
export function instant(value: Date): Prisma.Sql {
  return Prisma.sql`${value.toISOString()}::timestamptz`;
}

/**
 * `column` within the report's period (from its first instant to before the next period's, in UTC) and
 * the report's filters: the WHERE every period figure shares.
 */
export function inPeriod(filters: ReportFilters, column: Prisma.Sql, customerColumn?: Prisma.Sql): Prisma.Sql {
  const { start, end } = periodBounds(filters);
  return Prisma.sql`${column} >= ${instant(start)} AND ${column} < ${instant(end)}${caseFilterSql(filters, customerColumn)}`;
}

/** A report's rows: one statement on the app's database, each row read through its schema. */
export function reportRows<Row extends z.ZodType>(row: Row, sql: Prisma.Sql): Promise<z.output<Row>[]> {
  return queryRows(db(), row, sql);
}
