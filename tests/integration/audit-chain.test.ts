import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Db } from "@/lib/db/client";
import { applyMigrations, MIGRATIONS_DIR, migrationNames } from "@/lib/db/migrations";
import { auditCanonicalText, auditEventHash } from "@/lib/domain/audit/audit-chain";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** What the table's owner could do: switch the triggers off, change the rows, switch them on again. */
async function asOwnerWithoutTriggers(prisma: Db, sql: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await tx.$executeRawUnsafe(sql);
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
  });
}

async function record(prisma: Db, count: number, extra: Partial<Parameters<typeof recordAuditEvent>[1]> = {}) {
  for (let i = 0; i < count; i++) {
    await prisma.$transaction((tx) =>
      recordAuditEvent(tx, { type: "test.event", actorKind: "SYSTEM", data: { n: i }, ...extra }),
    );
  }
}

describe("the audit chain", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("links every event to the one before and verifies intact", async () => {
    const staff = await createStaff(database.prisma);
    await record(database.prisma, 3);
    await database.prisma.$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "case.note_added",
        actorKind: "STAFF",
        actorId: staff.id,
        ip: "2001:db8::7",
        userAgent: 'Mozilla/5.0 "quoted" \\ back\nslash\ttab \u0001 ünïcödé 中文 😀',
        data: { nested: { b: [1, 2.5, null, true], a: "é\u2028\u001f" }, "key with space": "x" },
      }),
    );
    // Several rows in one statement (as the reminder sweep writes them) chain one after another.
    await database.prisma.$executeRaw`
      INSERT INTO "AuditEvent" (type, "actorKind", data) SELECT 'test.bulk', 'SYSTEM', jsonb_build_object('i', i)
      FROM generate_series(1, 5) AS i`;

    const events = await database.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.length).toBeGreaterThanOrEqual(9);
    expect(events[0]!.prevHash).toBeNull();
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
      expect(events[i]!.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const staffEvent = events.find((e) => e.type === "case.note_added")!;
    expect(staffEvent.ip).toBe("2001:db8::7");

    expect(await verifyAuditChain(database.prisma, { batchSize: 4 })).toMatchObject({
      intact: true,
      events: events.length,
      head: { id: events.at(-1)!.id, hash: events.at(-1)!.hash },
    });
  });

  it("builds the same canonical text in the database and in TypeScript", async () => {
    const rows = await database.prisma.$queryRaw<
      {
        id: string;
        sql: string;
        type: string;
        caseId: string | null;
        actorId: string | null;
        actorKind: string;
        dataText: string;
        ip: string | null;
        userAgent: string | null;
        createdAt: Date;
        prevHash: string | null;
        hash: string;
      }[]
    >`SELECT id::text AS id, type, "caseId"::text AS "caseId", "actorId"::text AS "actorId", "actorKind",
             data::text AS "dataText", ip, "userAgent", "createdAt", "prevHash", hash,
             audit_event_canonical(id, type, "caseId", "actorId", "actorKind", data, ip, "userAgent",
                                   "createdAt", "prevHash") AS sql
      FROM "AuditEvent" e ORDER BY e.id`;
    for (const row of rows) {
      const content = { ...row, id: BigInt(row.id) };
      expect(auditCanonicalText(content)).toBe(row.sql);
      expect(auditEventHash(content)).toBe(row.hash);
    }
  });

  it("refuses updates, deletes and truncation through the app's client", async () => {
    const first = await database.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "asc" } });
    await expect(
      database.prisma.auditEvent.update({ where: { id: first.id }, data: { data: { n: 99 } } }),
    ).rejects.toThrow(/append-only/);
    await expect(database.prisma.auditEvent.delete({ where: { id: first.id } })).rejects.toThrow(/append-only/);
    await expect(database.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(database.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const again = await database.prisma.auditEvent.findUniqueOrThrow({ where: { id: first.id } });
    expect(again.data).toEqual(first.data);
    expect((await verifyAuditChain(database.prisma)).intact).toBe(true);
  });

  it("refuses appends from transactions that could fork the chain (not READ COMMITTED)", async () => {
    // Set on the transaction itself: the embedded adapter does not pass Prisma's isolationLevel option on.
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        await recordAuditEvent(tx, { type: "test.event", actorKind: "SYSTEM" });
      }),
    ).rejects.toThrow(/READ COMMITTED/);
  });

  it("refuses deleting a staff account that has events (its foreign key would rewrite them)", async () => {
    const staff = await createStaff(database.prisma);
    await record(database.prisma, 1, { actorKind: "STAFF", actorId: staff.id });
    await expect(database.prisma.user.delete({ where: { id: staff.id } })).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(database.prisma)).intact).toBe(true);
  });

  it("keeps one chain when many transactions append at once", async () => {
    const before = await database.prisma.auditEvent.count();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.prisma.$transaction(async (tx) => {
          for (let j = 0; j < 3; j++) {
            await recordAuditEvent(tx, { type: "test.concurrent", actorKind: "SYSTEM", data: { i, j } });
          }
        }),
      ),
    );
    expect(await database.prisma.auditEvent.count()).toBe(before + 60);
    expect(await verifyAuditChain(database.prisma, { batchSize: 7 })).toMatchObject({
      intact: true,
      events: before + 60,
    });
  });

  it("reports exactly the event whose content was changed by the table's owner", async () => {
    const events = await database.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    const target = events[Math.floor(events.length / 2)]!;
    const original = JSON.stringify(target.data);
    await asOwnerWithoutTriggers(
      database.prisma,
      `UPDATE "AuditEvent" SET data = '{"n": "forged"}' WHERE id = ${target.id}`,
    );
    const result = await verifyAuditChain(database.prisma, { batchSize: 5 });
    expect(result).toMatchObject({ intact: false, broken: { id: target.id, problem: "content changed" } });
    expect(result.events).toBe(events.indexOf(target));

    // Put back as it was: the chain is whole again.
    await asOwnerWithoutTriggers(
      database.prisma,
      `UPDATE "AuditEvent" SET data = '${original.replace(/'/g, "''")}'::jsonb WHERE id = ${target.id}`,
    );
    expect((await verifyAuditChain(database.prisma)).intact).toBe(true);
  });

  it("reports a removed event as a broken link at the event after it", async () => {
    const events = await database.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    const removed = events[3]!;
    await asOwnerWithoutTriggers(database.prisma, `DELETE FROM "AuditEvent" WHERE id = ${removed.id}`);
    expect(await verifyAuditChain(database.prisma, { batchSize: 3 })).toMatchObject({
      intact: false,
      events: 3,
      broken: { id: events[4]!.id, problem: "link broken" },
    });
  });

  it("reports an event without a hash", async () => {
    const last = await database.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await asOwnerWithoutTriggers(database.prisma, `UPDATE "AuditEvent" SET hash = NULL WHERE id = ${last.id}`);
    const result = await verifyAuditChain(database.prisma);
    // The earlier removal is still reported first: the verifier names the first broken event.
    expect(result).toMatchObject({ intact: false, broken: { problem: "link broken" } });
    await asOwnerWithoutTriggers(
      database.prisma,
      `DELETE FROM "AuditEvent" WHERE id < (SELECT min(id) FROM "AuditEvent" WHERE type = 'test.concurrent')`,
    );
    expect(await verifyAuditChain(database.prisma)).toMatchObject({
      intact: false,
      broken: {
        id: (await database.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "asc" } })).id,
        problem: "link broken",
      },
    });
  });
});

describe("the audit chain migration", () => {
  it("chains the events recorded before it, in id order", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rd-audit-migrations-"));
    const names = migrationNames();
    const chain = names.find((n) => n.endsWith("_audit_chain"))!;
    for (const name of names.slice(0, names.indexOf(chain))) {
      cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    }
    cpSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
    const connection = connect({ kind: "embedded", dataDir: "memory" });
    try {
      const applied = await applyMigrations(connection.adapter.factory, { dir });
      await connection.prisma.$executeRaw`
        INSERT INTO "AuditEvent" (type, "actorKind", data, ip)
        SELECT 'old.event', 'SYSTEM', jsonb_build_object('i', i), CASE WHEN i % 2 = 0 THEN '192.0.2.1' END
        FROM generate_series(1, 25) AS i`;
      expect(await connection.prisma.auditEvent.count({ where: { hash: null } })).toBe(25);

      await applyMigrations(connection.adapter.factory, { alreadyApplied: applied });
      expect(await connection.prisma.auditEvent.count({ where: { hash: null } })).toBe(0);
      expect(await verifyAuditChain(connection.prisma, { batchSize: 10 })).toMatchObject({
        intact: true,
        events: 25,
      });
      await connection.prisma.$transaction((tx) => recordAuditEvent(tx, { type: "new.event", actorKind: "SYSTEM" }));
      expect(await verifyAuditChain(connection.prisma)).toMatchObject({ intact: true, events: 26 });
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
