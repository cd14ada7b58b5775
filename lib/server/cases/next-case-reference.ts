import type { Tx } from "@/lib/db/client";

/** The next reference of a year, e.g. DSR-2026-000123: one atomic upsert, so no two cases share one. */
export async function nextCaseReference(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "ReferenceCounter".last + 1
    RETURNING last`;
  return formatCaseReference(year, row!.last);
}

/** A case reference: DSR-<year>-<number, at least 6 digits>. */
export function formatCaseReference(year: number | string, number: number | string): string {
  return `DSR-${year}-${String(number).padStart(6, "0")}`;
}
