import "server-only";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PgAdapterFactory } from "./pg-adapter";
import { PGliteAdapterFactory } from "./pglite-adapter";
import { openPrivatePGlite } from "./private-pglite";

/** Where the data lives: embedded PGlite in a directory (or in memory), or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: "embedded"; /** A directory, or "memory" for a throwaway database. */ dataDir: string }
  | { kind: "postgres"; url: string };

export function databaseTarget(databaseUrl: string | undefined, dataDir: string): DatabaseTarget {
  return databaseUrl ? { kind: "postgres", url: databaseUrl } : { kind: "embedded", dataDir: path.join(dataDir, "db") };
}

export interface OpenedAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases the connection (PGlite holds the data directory until closed). */
  close: () => Promise<void>;
  /** The embedded database, when there is one (tests and backups use it directly). */
  pglite?: PGlite;
}

/** The only place the two backends differ: how the driver adapter is created. */
export function openAdapter(target: DatabaseTarget): OpenedAdapter {
  if (target.kind === "postgres") {
    // While the server is down or restarting, a request fails within connectionTimeoutMillis (answered
    // 503) instead of waiting for a connection; the pool opens new connections once it is back.
    const factory = new PgAdapterFactory({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5000 });
    return { factory, close: async () => {} };
  }
  // PGlite starts in the background; the first query waits for it. Nothing opens until this is called,
  // which matters because only one process may hold the data directory (never at import or build time).
  const { pglite, ready } =
    target.dataDir === "memory" ? { pglite: new PGlite(), ready: undefined } : openPrivatePGlite(target.dataDir);
  return {
    factory: new PGliteAdapterFactory(pglite, ready),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
    pglite,
  };
}
