import "server-only";
import { z } from "zod";
import type { Tx } from "./client";
import type { Prisma } from "./generated/client";

/**
 * Raw queries with typed rows. The row's zod schema is declared once next to its query and every row is
 * parsed through it, so a renamed column or a type the two backends return differently (PostgreSQL gives
 * `count(*)` as a bigint, a numeric as a string) fails loudly here instead of flowing on as the wrong
 * type. Prisma's TypedSQL would need a live database at `prisma generate`, which a fresh clone generating
 * on install does not have.
 */

/** Anything that runs raw queries: the client, or a transaction's client. */
export type Queryable = Pick<Tx, "$queryRaw">;

export async function queryRows<Row extends z.ZodType>(
  client: Queryable,
  row: Row,
  sql: Prisma.Sql,
): Promise<z.output<Row>[]> {
  const rows = await client.$queryRaw<unknown[]>(sql);
  return rows.map((value) => row.parse(value));
}

/** A row that is only an id: the rows a statement claimed or locked. */
export const idRow = z.object({ id: z.string() });

/** A count or sum: a bigint from PostgreSQL's `count(*)`, a number or a numeric string otherwise. */
export const countColumn = z.union([z.bigint(), z.number(), z.string()]).transform(Number).pipe(z.number().int());
