import type { Db } from "@/lib/db/client";

/** The planner's plan for a query (EXPLAIN, not run), as one text to match index and scan names against. */
export async function queryPlan(prisma: Db, sql: string): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
