import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * INSERT statements built from plain row objects, for writes that must be one statement (several
 * inserts joined as data-modifying CTEs instead of one round trip each). The values travel as one
 * JSON parameter and PostgreSQL converts each to its column's type (`jsonb_populate_record`), so
 * dates, enums and JSON columns need no casts. Only the keys given are written; the other columns
 * take their defaults. Keys are column names from the caller's code, never from input.
 */

type Row = Record<string, unknown>;

function quoted(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${name}`);
  return `"${name}"`;
}

function columnsOf(row: Row): string[] {
  return Object.keys(row).filter((key) => row[key] !== undefined);
}

/**
 * `INSERT INTO "table" (columns) SELECT columns FROM the JSON row`. `extra` adds columns computed in SQL
 * from other CTEs (e.g. a reference number), and `from` names the CTEs they read.
 */
export function insertRowSql(
  table: string,
  row: Row,
  options: { extra?: Record<string, Prisma.Sql>; from?: string } = {},
): Prisma.Sql {
  const columns = columnsOf(row);
  const extra = Object.entries(options.extra ?? {});
  const target = Prisma.raw([...columns, ...extra.map(([name]) => name)].map(quoted).join(", "));
  const picked = columns.map((c) => Prisma.raw(`r.${quoted(c)}`));
  const values = Prisma.join([...picked, ...extra.map(([, sql]) => sql)], ", ");
  const from = options.from ? Prisma.raw(`${options.from}, `) : Prisma.empty;
  return Prisma.sql`INSERT INTO ${Prisma.raw(quoted(table))} (${target})
    SELECT ${values} FROM ${from}jsonb_populate_record(NULL::${Prisma.raw(quoted(table))}, ${JSON.stringify(row)}::jsonb) AS r`;
}

/** The same for several rows of one table (all with the same keys). */
export function insertRowsSql(table: string, rows: Row[]): Prisma.Sql {
  const columns = Prisma.raw(
    columnsOf(rows[0] ?? {})
      .map(quoted)
      .join(", "),
  );
  return Prisma.sql`INSERT INTO ${Prisma.raw(quoted(table))} (${columns})
    SELECT ${columns} FROM jsonb_populate_recordset(NULL::${Prisma.raw(quoted(table))}, ${JSON.stringify(rows)}::jsonb)`;
}
