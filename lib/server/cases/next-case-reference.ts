import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";

/** The next reference, as the statement returns it. */
const referenceRow = z.object({ reference: z.string() });

/**
 * SQL taking the next number of a year from its counter, as a CTE body returning `reference`, e.g.
 * DSR-2026-000123: one atomic upsert, so no two cases share one. Formatted as formatCaseReference does.
 */
export function nextReferenceSql(year: number, onlyAfter?: string): Prisma.Sql {
  // `onlyAfter` names a CTE to read first (a check that fails the statement), so it runs before the number is taken.
  const after = onlyAfter ? Prisma.raw(` FROM ${onlyAfter}`) : Prisma.empty;
  return Prisma.sql`INSERT INTO "ReferenceCounter" (year, last) SELECT ${year}::int, 1${after}
    ON CONFLICT (year) DO UPDATE SET last = "ReferenceCounter".last + 1
    RETURNING 'DSR-' || year || '-' || lpad(last::text, greatest(6, length(last::text)), '0') AS reference`;
}

/** The next reference of a year, in the caller's transaction. */
export async function nextCaseReference(tx: Tx, year: number): Promise<string> {
  const [row] = await queryRows(
    tx,
    referenceRow,
    Prisma.sql`WITH ref AS (${nextReferenceSql(year)}) SELECT reference FROM ref`,
  );
  return row!.reference;
}

/** A case reference: DSR-<year>-<number, at least 6 digits>. */
export function formatCaseReference(year: number | string, number: number | string): string {
  return `DSR-${year}-${String(number).padStart(6, "0")}`;
}
