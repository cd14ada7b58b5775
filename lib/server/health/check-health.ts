import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countColumn, queryRows } from "@/lib/db/typed-rows";
import { pendingMigrationNames } from "@/lib/db/migrations/status";
import packageJson from "@/package.json" with { type: "json" };

export interface HealthReport {
  status: "ok" | "degraded" | "unavailable";
  version: string;
  database: { reachable: boolean; backend: "embedded" | "postgres"; error?: string };
  migrations: { pending: string[] };
  outbox: { backlog: number; failed: number; oldestUndeliveredAgeSeconds: number | null };
}

const outboxCounts = z.object({ backlog: countColumn, failed: countColumn, oldest: z.coerce.date().nullable() });

/** What an operator or a load balancer needs to know: can we serve, and is mail flowing. */
export async function checkHealth(
  prisma: Db,
  backend: "embedded" | "postgres",
  now = new Date(),
): Promise<HealthReport> {
  const base = { version: packageJson.version };
  try {
    const pending = await pendingMigrationNames(prisma);
    const [counts] = await queryRows(
      prisma,
      outboxCounts,
      Prisma.sql`
      SELECT count(*) FILTER (WHERE status IN ('PENDING', 'SENDING')) AS backlog,
             count(*) FILTER (WHERE status = 'FAILED') AS failed,
             min("createdAt") FILTER (WHERE status IN ('PENDING', 'SENDING')) AS oldest
      FROM "OutboxEmail"`,
    );
    const oldest = counts?.oldest ?? null;
    return {
      ...base,
      status: pending.length > 0 || (counts?.failed ?? 0) > 0 ? "degraded" : "ok",
      database: { reachable: true, backend },
      migrations: { pending },
      outbox: {
        backlog: counts?.backlog ?? 0,
        failed: counts?.failed ?? 0,
        oldestUndeliveredAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
      },
    };
  } catch {
    return {
      ...base,
      status: "unavailable",
      database: { reachable: false, backend, error: "database unreachable" },
      migrations: { pending: [] },
      outbox: { backlog: 0, failed: 0, oldestUndeliveredAgeSeconds: null },
    };
  }
}
