import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Db } from "@/lib/db/client";
import { applyMigrations, MIGRATIONS_DIR, migrationNames } from "@/lib/db/migrations";
import { auditCanonicalText, auditEventHash } from "@/lib/domain/audit/audit-chain";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { sealAudit } from "../support/audit-seal";
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

/** The sealed events in chain order. */
function sealedChain(prisma: Db) {
  return prisma.auditEvent.findMany({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: "asc" } });
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

    // Appended unchained; the sealer links them after commit.
    expect(await database.prisma.auditEvent.count({ where: { hash: null } })).toBeGreaterThanOrEqual(9);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, events: 0, head: null });
    await sealAudit(database.prisma);

    const events = await sealedChain(database.prisma);
    expect(events.length).toBeGreaterThanOrEqual(9);
    expect(events.map((e) => e.chainSeq)).toEqual(events.map((_, i) => BigInt(i + 1)));
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
      head: { id: events.at(-1)!.id, chainSeq: events.at(-1)!.chainSeq, hash: events.at(-1)!.hash },
      unsealed: { count: 0, oldestAt: null },
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
      FROM "AuditEvent" e WHERE e."chainSeq" IS NOT NULL ORDER BY e."chainSeq"`;
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) {
      const content = { ...row, id: BigInt(row.id) };
      expect(auditCanonicalText(content)).toBe(row.sql);
      expect(auditEventHash(content)).toBe(row.hash);
    }
  });

  it("refuses updates, deletes and truncation through the app's client", async () => {
    const first = await database.prisma.auditEvent.findFirstOrThrow({ orderBy: { chainSeq: "asc" } });
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

  it("allows an UPDATE only to seal an unsealed event, continuing the chain", async () => {
    const head = (await sealedChain(database.prisma)).at(-1)!;
    // Re-sealing a sealed event, even with the same values, is refused.
    await expect(
      database.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "chainSeq" = "chainSeq" WHERE id = ${head.id}`),
    ).rejects.toThrow(/append-only/);
    await expect(
      database.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "chainSeq" = NULL, hash = NULL WHERE id = ${head.id}`),
    ).rejects.toThrow(/append-only/);
    // An INSERT that arrives already chained is refused.
    await expect(
      database.prisma.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" (type, "actorKind", "chainSeq", "prevHash", hash)
         VALUES ('test.forged', 'SYSTEM', ${head.chainSeq! + 1n}, '${head.hash}', 'x')`,
      ),
    ).rejects.toThrow(/append-only/);
    await record(database.prisma, 1);
    const pending = await database.prisma.auditEvent.findFirstOrThrow({ where: { chainSeq: null } });
    const hashOf = (prev: string) =>
      `audit_event_hash(id, type, "caseId", "actorId", "actorKind", data, ip, "userAgent", "createdAt", ${prev})`;
    const next = head.chainSeq! + 1n;
    // A seal that changes the content, skips a position, links elsewhere or carries a wrong hash is refused.
    for (const set of [
      `"chainSeq" = ${next}, "prevHash" = '${head.hash}', data = '{"n": 1}', hash = ${hashOf(`'${head.hash}'`)}`,
      `"chainSeq" = ${next + 1n}, "prevHash" = '${head.hash}', hash = ${hashOf(`'${head.hash}'`)}`,
      `"chainSeq" = ${next}, "prevHash" = '${head.prevHash}', hash = ${hashOf(`'${head.prevHash}'`)}`,
      `"chainSeq" = ${next}, "prevHash" = '${head.hash}', hash = 'forged'`,
    ]) {
      await expect(
        database.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET ${set} WHERE id = ${pending.id}`),
      ).rejects.toThrow(/append-only/);
    }
    // The seal that continues the chain is the one the sealer makes.
    await database.prisma.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "chainSeq" = ${next}, "prevHash" = '${head.hash}', hash = ${hashOf(`'${head.hash}'`)}
       WHERE id = ${pending.id}`,
    );
    expect(await verifyAuditChain(database.prisma)).toMatchObject({
      intact: true,
      head: { id: pending.id, chainSeq: next },
    });
  });

  it("refuses sealing in transactions that could fork the chain (not READ COMMITTED); writers may use any", async () => {
    // Set on the transaction itself: the embedded adapter does not pass Prisma's isolationLevel option on.
    await database.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      await recordAuditEvent(tx, { type: "test.event", actorKind: "SYSTEM" });
    });
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        await tx.$queryRawUnsafe("SELECT audit_seal(10)");
      }),
    ).rejects.toThrow(/READ COMMITTED/);
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });

  it("refuses deleting a staff account that has events (its foreign key would rewrite them)", async () => {
    const staff = await createStaff(database.prisma);
    await record(database.prisma, 1, { actorKind: "STAFF", actorId: staff.id });
    await expect(database.prisma.user.delete({ where: { id: staff.id } })).rejects.toThrow(/append-only/);
    await sealAudit(database.prisma);
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
    await sealAudit(database.prisma);
    expect(await verifyAuditChain(database.prisma, { batchSize: 7 })).toMatchObject({
      intact: true,
      events: before + 60,
    });
  });

  it("reports exactly the event whose content was changed by the table's owner", async () => {
    const events = await sealedChain(database.prisma);
    const target = events[Math.floor(events.length / 2)]!;
    const original = JSON.stringify(target.data);
    await asOwnerWithoutTriggers(
      database.prisma,
      `UPDATE "AuditEvent" SET data = '{"n": "forged"}' WHERE id = ${target.id}`,
    );
    expect(await verifyAuditChain(database.prisma, { batchSize: 5 })).toMatchObject({
      intact: false,
      events: events.length,
      problems: [{ id: target.id, position: target.chainSeq, problem: "content changed" }],
      problemCount: 1,
    });

    // Put back as it was: the chain is whole again.
    await asOwnerWithoutTriggers(
      database.prisma,
      `UPDATE "AuditEvent" SET data = '${original.replace(/'/g, "''")}'::jsonb WHERE id = ${target.id}`,
    );
    expect((await verifyAuditChain(database.prisma)).intact).toBe(true);
  });

  it("reports a removed event by its position", async () => {
    const events = await sealedChain(database.prisma);
    const removed = events[3]!;
    await asOwnerWithoutTriggers(database.prisma, `DELETE FROM "AuditEvent" WHERE id = ${removed.id}`);
    expect(await verifyAuditChain(database.prisma, { batchSize: 3 })).toMatchObject({
      intact: false,
      events: events.length - 1,
      problems: [{ id: null, position: removed.chainSeq, problem: "deleted" }],
    });
  });

  it("reports an event without a hash, after the earlier removal, and a chained event with no position", async () => {
    const last = (await sealedChain(database.prisma)).at(-1)!;
    await asOwnerWithoutTriggers(database.prisma, `UPDATE "AuditEvent" SET hash = NULL WHERE id = ${last.id}`);
    await asOwnerWithoutTriggers(
      database.prisma,
      `INSERT INTO "AuditEvent" (type, "actorKind", "prevHash", hash) VALUES ('test.stray', 'SYSTEM', 'a', 'b')`,
    );
    const stray = await database.prisma.auditEvent.findFirstOrThrow({ where: { type: "test.stray" } });
    const result = await verifyAuditChain(database.prisma);
    expect(result.problems.map((p) => [p.problem, p.id])).toEqual([
      ["deleted", null],
      ["missing hash", last.id],
      ["outside the chain", stray.id],
    ]);
    // The event is neither sealed nor unsealed work: the sealer leaves it alone.
    expect(result.unsealed.count).toBe(1);
    expect(await database.prisma.auditEvent.findUniqueOrThrow({ where: { id: stray.id } })).toMatchObject({
      chainSeq: null,
    });
  });
});

describe("the audit chain migration", () => {
  it("chains the events recorded before it, in id order, and the sealer continues from the last hash", async () => {
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
      const old = await sealedChain(connection.prisma);
      expect(old.map((e) => e.chainSeq)).toEqual(old.map((e) => e.id));
      await connection.prisma.$transaction((tx) => recordAuditEvent(tx, { type: "new.event", actorKind: "SYSTEM" }));
      await sealAudit(connection.prisma);
      expect(await verifyAuditChain(connection.prisma)).toMatchObject({ intact: true, events: 26 });
      expect(await connection.prisma.auditEvent.findFirstOrThrow({ where: { type: "new.event" } })).toMatchObject({
        chainSeq: 26n,
        prevHash: old.at(-1)!.hash,
      });
    } finally {
      await connection.prisma.$disconnect();
      await connection.adapter.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
