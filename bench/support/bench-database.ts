import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";

export interface BenchDatabase {
  target: DatabaseTarget;
  /** The environment the server needs to use it. */
  env: Record<string, string | undefined>;
  cleanUp: () => Promise<void>;
}

/**
 * A fresh database for one benchmark: embedded in a new temporary DATA_DIR, or, with BENCH_DATABASE_URL
 * (a PostgreSQL server URL), or the `serverUrl` given, a new database on that server, dropped by cleanUp().
 */
export async function prepareBenchDatabase(
  serverUrl: string | undefined = process.env.BENCH_DATABASE_URL,
): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "rightsdesk-bench-"));
  if (!serverUrl) {
    return {
      target: { kind: "embedded", dataDir: path.join(dataDir, "db") },
      env: { DATA_DIR: dataDir },
      cleanUp: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }
  const name = `rightsdesk_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    },
    cleanUp: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
