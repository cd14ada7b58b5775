import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/guards";
import { resetEnvForTests } from "@/lib/config/env";
import { reloadFieldKeys } from "@/lib/crypto/field-keys";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect, setConnection, type Connection, type Db } from "@/lib/db/client";
import { submitRequest } from "@/lib/server/intake/submit-request";
import { verifyByLink } from "@/lib/server/intake/verify-email";
import { addApiToken, addSigningSecret } from "../../tests/support/fulfilment";
import { createStaff } from "../../tests/support/staff";
import { prepareBenchDatabase, type BenchDatabase } from "./bench-database";

/**
 * What the fulfilment benchmark and the webhook fault check share: a fresh database (embedded, or on
 * BENCH_DATABASE_URL) that this process's use-cases write to, webhook systems pointing at the test receiver,
 * and confirming a case the way a requester does (the intake, then the emailed link).
 */
export interface FulfilmentBench {
  database: BenchDatabase;
  connection: Connection;
  prisma: Db;
  officer: Actor;
  /** Another connection, as a second worker process would have (the embedded database has only one). */
  another(): { prisma: Db; close(): Promise<void> };
  close(): Promise<void>;
}

export async function openFulfilmentBench(): Promise<FulfilmentBench> {
  const database = await prepareBenchDatabase();
  for (const [key, value] of Object.entries(database.env)) if (value !== undefined) process.env[key] = value;
  process.env.LOG_LEVEL ??= "silent";
  // Another part of `npm run bench` may have read the configuration already: read it again for this database.
  resetEnvForTests();
  reloadFieldKeys();
  await migrateTarget(database.target);
  const connection = connect(database.target);
  setConnection(connection);
  const officer = await createStaff(connection.prisma);
  return {
    database,
    connection,
    prisma: connection.prisma,
    officer,
    another() {
      if (database.target.kind === "embedded") return { prisma: connection.prisma, close: async () => {} };
      const other = connect(database.target);
      return {
        prisma: other.prisma,
        close: async () => {
          await other.prisma.$disconnect();
          await other.adapter.close();
        },
      };
    },
    async close() {
      setConnection(undefined);
      await connection.prisma.$disconnect();
      await connection.adapter.close();
      await database.cleanUp();
      if (database.env.DATA_DIR) rmSync(database.env.DATA_DIR, { recursive: true, force: true });
    },
  };
}

/** Active WEBHOOK systems taking part in deletions, each with a signing secret and an API token. */
export async function createBenchSystems(prisma: Db, count: number, url: string) {
  const systems: { id: string; secret: string; token: string }[] = [];
  for (let i = 0; i < count; i++) {
    const system = await prisma.dataSystem.create({
      data: {
        name: `Bench system ${i + 1} ${Date.now()}`,
        reach: "WEBHOOK",
        webhookUrl: url,
        requestTypes: ["DELETION"],
      },
    });
    systems.push({
      id: system.id,
      secret: await addSigningSecret(prisma, system.id),
      token: await addApiToken(prisma, system.id),
    });
  }
  return systems;
}

let serial = 0;

/**
 * Confirms one deletion request the way a requester does: it is filed through the intake (not timed), then
 * its address is confirmed by the emailed link, which makes the case NEW and gives every taking-part system
 * its task and queued delivery in the same transaction. Returns how long the confirming step took.
 */
export async function confirmCase(bench: FulfilmentBench) {
  const n = ++serial;
  const filed = await submitRequest({
    request: {
      type: "DELETION",
      relationship: "SELF",
      details: {},
      requester: { name: "Bench Person", email: `bench.person.${n}@example.com`, country: "IE", locale: "en" },
    },
    files: [],
    channel: "API",
    // One address per request, so the intake's per-address limit never holds the benchmark back.
    ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
  });
  const caseId = filed.caseId!;
  const email = await bench.prisma.outboxEmail.findFirstOrThrow({
    where: { caseId, template: "requester-verification" },
    select: { payload: true },
  });
  const started = performance.now();
  await verifyByLink({ token: (email.payload as { token: string }).token });
  return { caseId, ms: performance.now() - started };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
