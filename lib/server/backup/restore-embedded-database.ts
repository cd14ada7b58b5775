import "server-only";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { openPrivatePGlite } from "@/lib/db/private-pglite";
import { OperatorError } from "@/lib/errors/operator-error";

export interface RestoreResult {
  migrations: number;
  cases: number;
  auditEvents: number;
  ms: number;
}

/** psql meta-commands that recent pg_dump versions write around a dump (`\restrict <key>`); SQL does not know them. */
const META_COMMAND = /^\\(?:un)?restrict\b.*$/gm;

/**
 * Restores a plain SQL dump (from `npm run db:backup`, or pg_dump of a Rightsdesk PostgreSQL database)
 * into a new embedded data directory. Refuses a directory that holds anything: a restore never merges
 * into or overwrites data. The dump runs as one implicit transaction; if it fails, the directory is
 * removed again, so the next attempt finds it empty.
 */
export async function restoreEmbeddedDatabase(dumpFile: string, dbDir: string): Promise<RestoreResult> {
  const started = performance.now();
  if (!existsSync(dumpFile)) throw new OperatorError(`No such file: ${dumpFile}`);
  if (existsSync(dbDir) && readdirSync(dbDir).length > 0) {
    throw new OperatorError(`${dbDir} is not empty: restore only into an empty data directory.`);
  }
  const sql = readFileSync(dumpFile, "utf8").replace(META_COMMAND, "");
  const { pglite, ready } = openPrivatePGlite(dbDir);
  try {
    await ready;
    await pglite.exec(sql);
    // A restored database has no planner statistics yet, and the embedded one has no autovacuum to make them.
    await pglite.exec("ANALYZE");
    const count = async (table: string) =>
      (await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM public."${table}"`)).rows[0]!.n;
    const result = {
      migrations: await count("_prisma_migrations"),
      cases: await count("Case"),
      auditEvents: await count("AuditEvent"),
      ms: 0,
    };
    await pglite.close();
    return { ...result, ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (!pglite.closed) await pglite.close().catch(() => {});
    rmSync(dbDir, { recursive: true, force: true });
    throw error;
  }
}
