import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";
import { fieldKeys } from "@/lib/crypto/field-keys";
import { connect, setConnection, type Connection, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { describeLeaks, findPersonalDataInAuditTrail } from "./audit-trail-leaks";

export interface TestDatabase {
  prisma: Db;
  connection: Connection;
  target: DatabaseTarget;
  /**
   * Another client of the same database, as a second server or worker process would have: on PostgreSQL
   * its own Prisma client and connection pool; the embedded database allows one connection, so there it
   * is the same client (work still runs concurrently, the statements take turns).
   */
  anotherConnection(): { prisma: Db; close(): Promise<void> };
  /**
   * Scans the audit trail for personal data (tests/support/audit-trail-leaks.ts), closes the connection
   * and, on PostgreSQL, drops the database; then fails if the scan found any, so every test file that
   * creates a database also checks that what it did kept personal data out of the audit trail.
   */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (created here, dropped after), so runs never share data.
 * It becomes the process's database, so use-cases calling db() use it. `migrationsDir` applies the
 * migrations of another directory instead (e.g. only those before one under test).
 */
export async function createTestDatabase(options: { migrationsDir?: string } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let target: DatabaseTarget;
  let name: string | undefined;
  if (serverUrl) {
    name = `rightsdesk_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    target = { kind: "postgres", url: withDatabase(serverUrl, name) };
  } else {
    target = { kind: "embedded", dataDir: "memory" };
  }
  const connection = connect(target);
  await applyMigrations(connection.adapter.factory, { dir: options.migrationsDir });
  setConnection(connection);
  return {
    prisma: connection.prisma,
    connection,
    target,
    anotherConnection() {
      if (target.kind === "embedded") return { prisma: connection.prisma, close: async () => {} };
      const other = connect(target);
      return {
        prisma: other.prisma,
        async close() {
          await other.prisma.$disconnect();
          await other.adapter.close();
        },
      };
    },
    async drop() {
      let leaks;
      try {
        leaks = await findPersonalDataInAuditTrail(connection.prisma, fieldKeys().readable);
      } finally {
        setConnection(undefined);
        await connection.prisma.$disconnect();
        await connection.adapter.close();
        if (serverUrl && name) {
          const admin = new pg.Client({ connectionString: serverUrl });
          await admin.connect();
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await admin.end();
        }
      }
      if (leaks.length > 0) throw new Error(describeLeaks(leaks));
    },
  };
}
