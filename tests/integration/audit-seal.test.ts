import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countColumn, queryRows } from "@/lib/db/typed-rows";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sealAuditEvents } from "@/lib/server/audit/seal-audit-events";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { sealAudit } from "../support/audit-seal";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The sealer (lib/server/audit/seal-audit-events.ts): events written by any number of transactions end up
 * in one chain, whatever order they commit in and however many sealers run, and no writer waits for
 * another writer's transaction because of the audit trail.
 */

const idValue = z.object({ id: z.union([z.bigint(), z.number(), z.string()]).transform(BigInt) });
const countValue = z.object({ count: countColumn });
const ADVISORY_LOCKS = Prisma.sql`SELECT count(*) AS count FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`;

async function record(prisma: Db, data: Prisma.InputJsonObject) {
  await prisma.$transaction((tx) => recordAuditEvent(tx, { type: "test.sealed", actorKind: "SYSTEM", data }));
}

async function sealedIds(prisma: Db): Promise<bigint[]> {
  const events = await prisma.auditEvent.findMany({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: "asc" } });
  return events.map((e) => e.id);
}

/** What the table's owner could do: switch the triggers off for one change. */
async function asOwnerWithoutTriggers(prisma: Db, ...statements: string[]): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    for (const sql of statements) await tx.$executeRawUnsafe(sql);
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
  });
}

describe("the audit sealer", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("seals an event whose lower id commits after higher ones, at a later position", async () => {
    const { prisma } = database;
    // A transaction that drew its id first and commits last: its id is reserved, the row comes later.
    const [reserved] = await queryRows(
      prisma,
      idValue,
      Prisma.sql`SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id`,
    );
    for (let i = 0; i < 3; i++) await record(prisma, { i });
    expect(await sealAuditEvents(prisma, { batchSize: 2 })).toBe(3);
    await prisma.$executeRaw`INSERT INTO "AuditEvent" (id, type, "actorKind") VALUES (${reserved!.id}, 'test.late', 'SYSTEM')`;
    expect(await sealAuditEvents(prisma)).toBe(1);
    const order = await sealedIds(prisma);
    expect(order.at(-1)).toBe(reserved!.id);
    expect(order[0]! > reserved!.id).toBe(true);

    if (database.target.kind === "postgres") {
      // The same with two real transactions: the first appends, the second appends and commits, the
      // sealer runs while the first is still open (it cannot see its event), then the first commits.
      const other = database.anotherConnection();
      try {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let appended!: () => void;
        const firstAppended = new Promise<void>((resolve) => (appended = resolve));
        const first = other.prisma.$transaction(
          async (tx) => {
            await recordAuditEvent(tx, { type: "test.first", actorKind: "SYSTEM" });
            appended();
            await held;
          },
          { timeout: 20_000 },
        );
        await firstAppended;
        await record(prisma, { second: true });
        expect(await sealAuditEvents(prisma)).toBe(1);
        release();
        await first;
        expect(await sealAuditEvents(prisma)).toBe(1);
        const events = await prisma.auditEvent.findMany({ where: { type: "test.first" } });
        const second = await prisma.auditEvent.findMany({ where: { data: { equals: { second: true } } } });
        expect(events[0]!.id < second[0]!.id).toBe(true);
        expect(events[0]!.chainSeq! > second[0]!.chainSeq!).toBe(true);
      } finally {
        await other.close();
      }
    }
    expect(await verifyAuditChain(prisma, { batchSize: 2 })).toMatchObject({
      intact: true,
      events: order.length + (database.target.kind === "postgres" ? 2 : 0),
      unsealed: { count: 0 },
    });
  });

  it("takes no lock in a writer's transaction that another writer's append would wait for", async () => {
    const { prisma } = database;
    // The append adds no advisory lock to the ones the connection holds (on the embedded database its one
    // session also holds the migrator's).
    await prisma.$transaction(async (tx) => {
      const advisoryLocks = async () => (await queryRows(tx, countValue, ADVISORY_LOCKS))[0]!.count;
      const before = await advisoryLocks();
      await recordAuditEvent(tx, { type: "test.locks", actorKind: "SYSTEM" });
      expect(await advisoryLocks()).toBe(before);
    });
    if (database.target.kind === "postgres") {
      // On PostgreSQL, with two connections: a second writer appends and commits while the first is open.
      const other = database.anotherConnection();
      try {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let appended!: () => void;
        const firstAppended = new Promise<void>((resolve) => (appended = resolve));
        const first = other.prisma.$transaction(
          async (tx) => {
            await recordAuditEvent(tx, { type: "test.open", actorKind: "SYSTEM" });
            appended();
            await held;
          },
          { timeout: 20_000 },
        );
        await firstAppended;
        const started = performance.now();
        await prisma.$transaction((tx) => recordAuditEvent(tx, { type: "test.meanwhile", actorKind: "SYSTEM" }), {
          timeout: 5_000,
        });
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(await prisma.auditEvent.count({ where: { type: "test.open" } })).toBe(0);
        release();
        await first;
      } finally {
        await other.close();
      }
    }
    await sealAudit(prisma);
    expect(await verifyAuditChain(prisma)).toMatchObject({ intact: true, unsealed: { count: 0 } });
  });

  it("never forks the chain when several sealers run at once while writers append", async () => {
    const { prisma } = database;
    const before = await prisma.auditEvent.count();
    const others = Array.from({ length: 3 }, () => database.anotherConnection());
    try {
      await prisma.$executeRaw`INSERT INTO "AuditEvent" (type, "actorKind", data)
        SELECT 'test.backlog', 'SYSTEM', jsonb_build_object('i', i) FROM generate_series(1, 600) AS i`;
      const writers = Promise.all(Array.from({ length: 30 }, (_, i) => record(prisma, { writer: i })));
      const sealers = Promise.all(
        [prisma, ...others.map((o) => o.prisma)].map(async (client) => {
          let sealed = 0;
          for (let round = 0; round < 10; round++) sealed += await sealAuditEvents(client, { batchSize: 25 });
          return sealed;
        }),
      );
      const [, counts] = await Promise.all([writers, sealers]);
      const sealedMeanwhile = counts.reduce((a, b) => a + b, 0);
      expect(sealedMeanwhile).toBeGreaterThan(0);
      await sealAudit(prisma);
      const total = before + 630;
      const positions = await prisma.auditEvent.findMany({ select: { chainSeq: true }, orderBy: { chainSeq: "asc" } });
      expect(positions.map((p) => p.chainSeq)).toEqual(positions.map((_, i) => BigInt(i + 1)));
      expect(positions).toHaveLength(total);
      expect(await verifyAuditChain(prisma, { batchSize: 50 })).toMatchObject({ intact: true, events: total });
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
  });

  it("shows the newest events cut off only against a head kept elsewhere", async () => {
    const { prisma } = database;
    for (let i = 0; i < 3; i++) await record(prisma, { tail: i });
    await sealAudit(prisma);
    const { head } = await verifyAuditChain(prisma);
    const keptHead = { chainSeq: head!.chainSeq, hash: head!.hash };
    expect(await verifyAuditChain(prisma, { keptHead })).toMatchObject({ intact: true });
    await asOwnerWithoutTriggers(prisma, `DELETE FROM "AuditEvent" WHERE "chainSeq" >= ${keptHead.chainSeq - 1n}`);
    // The shortened chain is consistent in itself...
    expect(await verifyAuditChain(prisma)).toMatchObject({ intact: true, head: { chainSeq: keptHead.chainSeq - 2n } });
    // ...but not with the head kept from before.
    expect(await verifyAuditChain(prisma, { keptHead })).toMatchObject({
      intact: false,
      problems: [{ id: null, position: keptHead.chainSeq, problem: "kept head lost" }],
    });
  });

  it("names an event altered, one deleted and one inserted behind the sealer's back", async () => {
    const { prisma } = database;
    for (let i = 0; i < 6; i++) await record(prisma, { tamper: i });
    await sealAudit(prisma);
    const chain = await prisma.auditEvent.findMany({
      where: { chainSeq: { not: null } },
      orderBy: { chainSeq: "asc" },
    });
    const altered = chain.at(-6)!;
    const deleted = chain.at(-4)!;
    const before = chain.at(-2)!;
    await asOwnerWithoutTriggers(
      prisma,
      `UPDATE "AuditEvent" SET data = '{"tamper": "forged"}' WHERE id = ${altered.id}`,
      `DELETE FROM "AuditEvent" WHERE id = ${deleted.id}`,
      // Make room after `before` and put an event there that links to it with a correct hash of its own.
      `UPDATE "AuditEvent" SET "chainSeq" = -("chainSeq" + 1) WHERE "chainSeq" > ${before.chainSeq}`,
      `UPDATE "AuditEvent" SET "chainSeq" = -"chainSeq" WHERE "chainSeq" < 0`,
      `INSERT INTO "AuditEvent" (type, "actorKind", data, "chainSeq", "prevHash")
       VALUES ('test.inserted', 'SYSTEM', '{}', ${before.chainSeq! + 1n}, '${before.hash}')`,
      `UPDATE "AuditEvent" SET hash = audit_event_hash(id, type, "caseId", "actorId", "actorKind", data, ip,
         "userAgent", "createdAt", "prevHash") WHERE type = 'test.inserted'`,
    );
    const inserted = await prisma.auditEvent.findFirstOrThrow({ where: { type: "test.inserted" } });
    // Events appended since are backlog, not damage.
    await record(prisma, { after: true });

    const result = await verifyAuditChain(prisma, { batchSize: 4 });
    expect(result.problems.map(({ problem, id, position }) => ({ problem, id, position }))).toEqual([
      { problem: "content changed", id: altered.id, position: altered.chainSeq },
      { problem: "deleted", id: null, position: deleted.chainSeq },
      { problem: "inserted", id: inserted.id, position: before.chainSeq! + 1n },
    ]);
    expect(result).toMatchObject({ intact: false, problemCount: 3, unsealed: { count: 1 } });
    expect(result.unsealed.oldestAt).toBeInstanceOf(Date);
  });
});
