import type { Tx } from "@/lib/db/client";

/** The next reference of a year, e.g. DSR-2026-000123: one atomic upsert, so no two cases share one. */
export async function nextCaseReference(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = "ReferenceCounter".last + 1
    RETURNING last`;
  return `DSR-${year}-${String(row!.last).padStart(6, "0")}`;
}
