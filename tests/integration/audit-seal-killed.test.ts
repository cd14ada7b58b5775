import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { connect, type Connection } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrations";
import { countColumn, queryRows } from "@/lib/db/typed-rows";
import { sealAuditEvents } from "@/lib/server/audit/seal-audit-events";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * A sealer killed in the middle of a batch (`npm run audit:seal` in a child process, SIGKILLed while it
 * seals a large backlog in one batch) leaves no event half-sealed: the next sealer seals the lot and the
 * chain verifies, through `npm run audit:verify` too (which then names the events damaged behind its back). On the embedded database the child opens a data
 * directory on disk (one process at a time), so this test closes its own connection while the child runs.
 */

const BACKLOG = 40_000;
const sealingRow = z.object({ count: countColumn });
const ACTIVE_SEALS = Prisma.sql`SELECT count(*) AS count FROM pg_stat_activity
  WHERE datname = current_database() AND state = 'active' AND query LIKE '%audit_seal(%' AND pid <> pg_backend_pid()`;

function script(name: string, env: Record<string, string>, args: string[] = []) {
  return [
    "npx",
    ["tsx", "--tsconfig", "tsconfig.node.json", `scripts/${name}`, ...args],
    {
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
    },
  ] as const;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a sealer killed mid-batch", () => {
  const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
  let database: TestDatabase | undefined;
  let dir: string;
  let env: Record<string, string>;
  let open: () => Connection;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rd-audit-seal-"));
    if (onPostgres) {
      database = await createTestDatabase();
      const target = database.target;
      env = { DATABASE_URL: target.kind === "postgres" ? target.url : "" };
      open = () => connect(target);
    } else {
      env = { DATABASE_URL: "", DATA_DIR: dir };
      open = () => connect({ kind: "embedded", dataDir: path.join(dir, "db") });
      const connection = open();
      await applyMigrations(connection.adapter.factory);
      await close(connection);
    }
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function close(connection: Connection) {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }

  it("leaves nothing half-sealed, and the next sealer completes a chain that verifies", async () => {
    let connection = open();
    await connection.prisma.$executeRaw`INSERT INTO "AuditEvent" (type, "actorKind", data)
      SELECT 'test.backlog', 'SYSTEM', jsonb_build_object('i', i) FROM generate_series(1, ${BACKLOG}::int) AS i`;
    if (!onPostgres) await close(connection);

    const [command, args, options] = script("audit-seal.ts", env, ["--batch", String(BACKLOG)]);
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "inherit"], detached: true });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ?? code)),
    );
    await new Promise<void>((resolve) =>
      child.stdout.on("data", (chunk: Buffer) => chunk.includes("sealing") && resolve()),
    );
    if (onPostgres) {
      // Wait until its batch is running in the database.
      for (let i = 0; i < 200; i++) {
        if ((await queryRows(connection.prisma, sealingRow, ACTIVE_SEALS))[0]!.count > 0) break;
        await sleep(10);
      }
      await sleep(200);
    } else {
      await sleep(1000);
    }
    // The whole process group: npx, tsx and the script's node process.
    process.kill(-child.pid!, "SIGKILL");
    expect(await exited).toBe("SIGKILL");

    if (onPostgres) {
      // The dead client's session may still be running the batch: end it as a crash would (if the batch
      // finished first, it committed whole).
      await connection.prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query LIKE '%audit_seal(%' AND pid <> pg_backend_pid()`;
      for (let i = 0; i < 500 && (await queryRows(connection.prisma, sealingRow, ACTIVE_SEALS))[0]!.count > 0; i++) {
        await sleep(20);
      }
    } else {
      connection = open();
    }
    const sealed = await connection.prisma.auditEvent.count({ where: { chainSeq: { not: null } } });
    expect(onPostgres ? [0, BACKLOG] : [0]).toContain(sealed);
    expect(await verifyAuditChain(connection.prisma)).toMatchObject({
      intact: true,
      events: sealed,
      unsealed: { count: BACKLOG - sealed },
    });

    expect(await sealAuditEvents(connection.prisma, { batchSize: 5000 })).toBe(BACKLOG - sealed);
    expect(await verifyAuditChain(connection.prisma)).toMatchObject({ intact: true, events: BACKLOG });
    if (!onPostgres) await close(connection);

    const [verifyCommand, verifyArgs, verifyOptions] = script("audit-verify.ts", env);
    const verify = spawnSync(verifyCommand, verifyArgs, { ...verifyOptions, encoding: "utf8" });
    expect(verify.stdout).toContain(`chain intact (${BACKLOG} sealed events`);
    expect(verify.stdout).toMatch(/head: position 40000, event \d+, hash [0-9a-f]{64}/);
    expect(verify.stdout).toContain("unsealed: none");
    expect(verify.status).toBe(0);
    const printed = /check later with: npm run audit:verify -- --head (\d+:[0-9a-f]{64})/.exec(verify.stdout);
    expect(printed).not.toBeNull();
    const [againCommand, againArgs, againOptions] = script("audit-verify.ts", env, ["--head", printed![1]!]);
    expect(spawnSync(againCommand, againArgs, { ...againOptions, encoding: "utf8" }).status).toBe(0);

    // Damaged as the table's owner could (triggers off), the command names each event and fails.
    if (!onPostgres) connection = open();
    const altered = await connection.prisma.auditEvent.findUniqueOrThrow({ where: { chainSeq: 10n } });
    const deleted = await connection.prisma.auditEvent.findUniqueOrThrow({ where: { chainSeq: 20n } });
    await connection.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET data = '{"i": "forged"}' WHERE id = ${altered.id}`);
      await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = ${deleted.id}`);
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
    });
    await close(connection);
    const broken = spawnSync(verifyCommand, verifyArgs, { ...verifyOptions, encoding: "utf8" });
    expect(broken.stdout).toContain("chain broken: 2 problem(s)");
    expect(broken.stdout).toContain(`event ${altered.id}: content changed`);
    expect(broken.stdout).toContain("position 20: deleted");
    expect(broken.status).toBe(1);
  }, 120_000);
});
