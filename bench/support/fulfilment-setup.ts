import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/guards";
import { resetEnvForTests } from "@/lib/config/env";
import { reloadFieldKeys } from "@/lib/crypto/field-keys";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect, setConnection, type Connection, type Db } from "@/lib/db/client";
import { enqueueWebhookDelivery } from "@/lib/server/webhooks/enqueue-delivery";
import { addApiToken, addSigningSecret } from "../../tests/support/fulfilment";
import { logCase } from "../../tests/support/log-case";
import { createStaff } from "../../tests/support/staff";
import { prepareBenchDatabase, type BenchDatabase } from "./bench-database";

/**
 * What the fulfilment benchmark and the webhook fault check share: a fresh database (embedded, or on
 * BENCH_DATABASE_URL) that this process's use-cases write to, webhook systems pointing at the test receiver,
 * and confirming a case the way staff do (logging a request on someone's behalf confirms it at once).
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
 * Confirms one deletion request (staff log it, which makes it NEW) and returns how long that took. When the
 * confirming step made no tasks (a branch without createCaseTasks), the tasks and their deliveries are
 * made right after, in one transaction, as it would have: `fallback` says so (the confirmation time then
 * does not include them).
 */
export async function confirmCase(bench: FulfilmentBench, systemIds: string[]) {
  const started = performance.now();
  const logged = await logCase(
    {
      type: "DELETION",
      regime: "EU_GDPR",
      channel: "EMAIL",
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      requester: { email: `bench.person.${++serial}@example.com`, name: "Bench Person" },
    },
    bench.officer,
  );
  const ms = performance.now() - started;
  let fallback = false;
  if (systemIds.length > 0 && (await bench.prisma.fulfilmentTask.count({ where: { caseId: logged.id } })) === 0) {
    fallback = true;
    await bench.prisma.$transaction(async (tx) => {
      const now = new Date();
      for (const systemId of systemIds) {
        const task = await tx.fulfilmentTask.create({
          data: { caseId: logged.id, systemId, kind: "DELETION", createdAt: now },
        });
        await enqueueWebhookDelivery(tx, { systemId, taskId: task.id, eventType: "task.created" }, now);
      }
    });
  }
  return { caseId: logged.id, ms, fallback };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
