import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, setConnection, type Connection } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { pendingMigrationNames } from "@/lib/db/migrations/status";
import { maintenanceHandlers } from "@/lib/jobs/maintenance-commands";
import { askRunningServer, serverIsRunning, startMaintenanceSocket } from "@/lib/jobs/maintenance-socket";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import type { BackupResult } from "@/lib/server/backup/write-backup";
import { restoreEmbeddedDatabase } from "@/lib/server/backup/restore-embedded-database";
import { logCase } from "../support/log-case";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { createStaff } from "../support/staff";
import { sealAudit } from "../support/audit-seal";

/*
 * The embedded database only (PostgreSQL is backed up with its own pg_dump): these tests open their own
 * PGlite data directories whichever backend the rest of the suite runs on.
 */

/*
 * PGlite answers through promise jobs only, so a loop of database calls never lets timers run: each
 * writer yields to the event loop between requests, as a server does between network reads.
 */
const nextTick = () => new Promise((resolve) => setImmediate(resolve));

const until = async (condition: () => boolean, what: string) => {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

function openEmbedded(dbDir: string): Connection {
  return connect({ kind: "embedded", dataDir: dbDir });
}

async function closeConnection(connection: Connection) {
  await connection.prisma.$disconnect();
  await connection.adapter.close();
}

function runScript(script: string, env: Record<string, string | undefined>, args: string[] = []) {
  const result = spawnSync("npx", ["tsx", "--tsconfig", "tsconfig.node.json", `scripts/${script}`, ...args], {
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("backup and restore of the embedded database", () => {
  const root = mkdtempSync(path.join(tmpdir(), "rightsdesk-backup-"));
  const dataDir = path.join(root, "live");
  let live: Connection;
  let ip = 0;

  beforeAll(async () => {
    live = openEmbedded(path.join(dataDir, "db"));
    await applyMigrations(live.adapter.factory);
    setConnection(live);
    await ensureDeadlinePolicies(live.prisma);
  });
  afterAll(async () => {
    setConnection(undefined);
    await closeConnection(live);
    rmSync(root, { recursive: true, force: true });
  });

  it("takes a backup through the server's socket while requests are being written; it restores with every request acknowledged before it started, and an intact audit trail", async () => {
    const server = await startMaintenanceSocket(dataDir, maintenanceHandlers(live, dataDir));
    const officer = await createStaff(live.prisma, { role: "PRIVACY_OFFICER" });
    const acknowledged: string[] = [];
    const failures: unknown[] = [];
    let stop = false;
    // Public submissions (several statements and files per transaction) and staff-logged requests, at once.
    const submitter = async (writer: number) => {
      for (let i = 0; !stop; i++) {
        const email = `backup-${writer}-${i}@example.com`;
        await submitRequest({
          request: {
            type: "ACCESS",
            relationship: "SELF",
            details: { scope: "Everything" },
            requester: { name: `Writer ${writer}`, email, country: "IE", phone: "+353 1 555 0100" },
          },
          channel: "WEB",
          ip: `198.18.${(++ip >> 8) & 255}.${ip & 255}`,
        }).then(
          () => acknowledged.push(email),
          (error: unknown) => failures.push(error),
        );
        await nextTick();
      }
    };
    const logger = async () => {
      for (let i = 0; !stop; i++) {
        const email = `backup-logged-${i}@example.com`;
        await logCase(
          {
            type: "DELETION",
            regime: "EU_GDPR",
            channel: "EMAIL",
            receivedAt: new Date(Date.now() - 60_000).toISOString(),
            requester: { email, name: "Logged Person" },
          },
          officer,
        ).then(
          () => acknowledged.push(email),
          (error: unknown) => failures.push(error),
        );
        await nextTick();
      }
    };
    const writers = [submitter(1), submitter(2), logger()];
    await until(() => acknowledged.length >= 40, "40 requests");

    const acknowledgedBeforeBackup = [...acknowledged];
    const answer = await askRunningServer(dataDir, "backup");
    const acknowledgedWhenDone = acknowledged.length;
    // The app keeps working after the backup: more requests go through on the same connection.
    await until(() => acknowledged.length >= acknowledgedWhenDone + 15, "15 more requests after the backup");
    stop = true;
    await Promise.all(writers);
    await server.close();
    expect(failures).toEqual([]);
    expect(answer).toMatchObject({ ok: true });
    const backup = (answer as { ok: true; result: BackupResult }).result;
    expect(path.dirname(backup.file)).toBe(path.join(dataDir, "backups"));
    expect(statSync(backup.file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(backup.file))).toEqual([path.basename(backup.file)]);

    const restoredDir = path.join(root, "restored");
    const restored = await restoreEmbeddedDatabase(backup.file, path.join(restoredDir, "db"));
    const copy = openEmbedded(path.join(restoredDir, "db"));
    try {
      expect(await pendingMigrationNames(copy.prisma)).toEqual([]);
      await sealAudit(copy.prisma);
      const verification = await verifyAuditChain(copy.prisma);
      expect(verification).toMatchObject({ intact: true });
      const emails = new Set((await copy.prisma.requester.findMany({ select: { email: true } })).map((r) => r.email));
      // Every request acknowledged before the backup started is in it...
      expect(acknowledgedBeforeBackup.filter((email) => !emails.has(email))).toEqual([]);
      // ...and nothing that was never acknowledged (no half-written transaction).
      expect([...emails].filter((email) => !acknowledged.includes(email))).toEqual([]);
      expect(restored.cases).toBe(emails.size);
      // Each case with the audit event written in its transaction, and each submission's verification.
      const cases = await copy.prisma.case.findMany({ select: { id: true, channel: true, status: true } });
      const firstEvents = await copy.prisma.auditEvent.groupBy({ by: ["caseId"], _count: { _all: true } });
      expect(firstEvents.filter((e) => e.caseId !== null)).toHaveLength(cases.length);
      const unverified = cases.filter((c) => c.status === "UNVERIFIED");
      expect(await copy.prisma.caseVerification.count()).toBe(unverified.length);

      // The restored database takes new work: the audit sequence and the reference counter go on.
      setConnection(copy);
      await logCase(
        {
          type: "OBJECTION",
          regime: "EU_GDPR",
          channel: "POST",
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
          requester: { email: "after-restore@example.com", name: "After Restore" },
        },
        officer,
      );
      await sealAudit(copy.prisma);
      expect(await verifyAuditChain(copy.prisma)).toMatchObject({ intact: true, events: verification.events + 1 });
    } finally {
      setConnection(live);
      await closeConnection(copy);
    }
  });

  it("leaves the live session as it was: no open transaction, the same settings, writes allowed", async () => {
    const pglite = live.adapter.pglite!;
    const settings = () => pglite.query("SELECT name, setting FROM pg_settings WHERE source = 'session' ORDER BY name");
    const before = (await settings()).rows;
    await maintenanceHandlers(live, dataDir).backup();
    expect(pglite.isInTransaction()).toBe(false);
    expect((await settings()).rows).toEqual(before);
    await live.prisma.retentionPolicy.upsert({ where: { id: 1 }, update: { unverifiedDays: 7 }, create: { id: 1 } });
  });

  it("refuses to restore into a directory that holds anything, and leaves no half-restored directory behind", async () => {
    const target = path.join(root, "not-empty", "db");
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "keep.txt"), "mine");
    const [file] = readdirSync(path.join(dataDir, "backups"));
    await expect(restoreEmbeddedDatabase(path.join(dataDir, "backups", file!), target)).rejects.toThrow(/not empty/);
    expect(readdirSync(target)).toEqual(["keep.txt"]);

    const broken = path.join(root, "broken.sql");
    writeFileSync(broken, 'CREATE TABLE "Case" (id int);\nTHIS IS NOT SQL;\n');
    const fresh = path.join(root, "fresh", "db");
    await expect(restoreEmbeddedDatabase(broken, fresh)).rejects.toThrow();
    expect(existsSync(fresh)).toBe(false);
  });

  it("runs as npm run db:backup / db:restore without a server, and refuses a running server's directory", async () => {
    const scriptDir = path.join(root, "scripted");
    const seeded = openEmbedded(path.join(scriptDir, "db"));
    await applyMigrations(seeded.adapter.factory);
    await closeConnection(seeded);

    const backup = runScript("db-backup.ts", { DATA_DIR: scriptDir });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/^Backup written \(no server running\): .*\.sql/);
    expect(backup.status).toBe(0);
    const [file] = readdirSync(path.join(scriptDir, "backups"));

    const target = path.join(root, "scripted-restore");
    const restore = runScript("db-restore.ts", { DATA_DIR: target }, [path.join(scriptDir, "backups", file!)]);
    expect(restore.stdout).toMatch(/Restored into .*: 0 cases, 0 audit events, \d+ migrations recorded/);
    expect(restore.stderr).toMatch(/secrets\.json is missing/);
    expect(restore.status).toBe(0);
    expect(existsSync(path.join(target, "secrets.json"))).toBe(false);
    const again = runScript("db-restore.ts", { DATA_DIR: target }, [path.join(scriptDir, "backups", file!)]);
    expect(again.stderr).toMatch(/not empty/);
    expect(again.status).toBe(1);

    // While a server holds the live directory, the scripts never open it themselves.
    const server = await startMaintenanceSocket(dataDir, maintenanceHandlers(live, dataDir));
    try {
      expect(await serverIsRunning(dataDir)).toBe(true);
      const refused = runScript("db-restore.ts", { DATA_DIR: dataDir }, [path.join(scriptDir, "backups", file!)]);
      expect(refused.stderr).toMatch(/a server is running/);
      expect(refused.status).toBe(1);
    } finally {
      await server.close();
    }
    expect(await serverIsRunning(dataDir)).toBe(false);
  });

  it("on PostgreSQL, prints the pg_dump and pg_restore commands instead", () => {
    const env = { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", DATA_DIR: path.join(root, "pg") };
    const backup = runScript("db-backup.ts", env);
    expect(backup.stdout).toMatch(/pg_dump --format=custom/);
    expect(backup.stdout).not.toContain("nobody@");
    expect(backup.status).toBe(2);
    const restore = runScript("db-restore.ts", env, ["some.dump"]);
    expect(restore.stdout).toMatch(/pg_restore --no-owner/);
    expect(restore.status).toBe(2);
  });
});
