import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";

/** The next reference, as the statement returns it. */
const referenceRow = z.object({ reference: z.string() });

/**
 * SQL taking the next number from the references' sequence, as a CTE body returning `reference`, e.g.
 * DSR-2026-000123; formatted as formatCaseReference does. A sequence hands out numbers without a lock
 * that lasts: a counter row would be locked by every submission until it committed, so all submissions
 * on all servers would queue on it. Numbers are unique across years and do not restart each year; a
 * submission that fails after taking one leaves a gap.
 */
export function nextReferenceSql(year: number, onlyAfter?: string): Prisma.Sql {
  // `onlyAfter` names a CTE to read first (a check that fails the statement), so it runs before the number is taken.
  const after = onlyAfter ? Prisma.raw(` FROM ${onlyAfter}`) : Prisma.empty;
  return Prisma.sql`SELECT 'DSR-' || ${year}::int || '-' || lpad(n::text, greatest(6, length(n::text)), '0') AS reference
    FROM (SELECT nextval('case_reference_number') AS n${after}) AS taken`;
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
