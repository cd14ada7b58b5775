import pg from "pg";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect } from "@/lib/db/client";
import { auditEventSql } from "@/lib/server/audit/record-audit-event";
import { prepareBenchDatabase } from "./support/bench-database";
import { PLAIN_EVENT_TABLE_SQL } from "./support/plain-tables";
import { DEFAULT_AUDIT_SEAL_INTERVAL_MS } from "@/lib/config/env";
import { startAuditSealer } from "@/lib/jobs/audit-sealer";
import { percentile, runWriters, writerFigures, type WriterFigures, type WriterRun } from "./support/writers";

/**
 * The audit trail's cost at the database, without HTTP: writers whose transactions are BEGIN; INSERT one
 * audit event (the app's own statement, auditEventSql); 2 ms of other work (pg_sleep); COMMIT, against
 * the same transactions inserting the same row into a table without triggers (bench_plain_event). On
 * PostgreSQL 16 writers on 16 connections; on the embedded database one writer (PGlite is one
 * connection). On PostgreSQL the app's sealer job (lib/jobs/audit-sealer.ts) runs beside the writers
 * during the audit phase and measures the sealing lag: a writer's COMMIT until its event has a hash.
 * The plain phase runs in two halves around the audit phase (plain, audit, plain), so a machine whose
 * load drifts during the run weighs on both alike.
 */

export const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface SealingFigures {
  sealed: number;
  lagP50Ms: number;
  lagP95Ms: number;
  /** Events committed in the phase still without a hash when the bench stopped waiting. */
  unsealedAtEnd: number;
}

export interface AuditWritersFigures {
  backend: "postgres" | "embedded";
  writers: number;
  plain: WriterFigures;
  audit: WriterFigures;
  /** audit transactions/s over plain transactions/s, same run. */
  ratio: number;
  sealing: SealingFigures | null;
  notes: string[];
}

type Statement = { text: string; values: unknown[] };

/** The app's INSERT of one event, and the very same statement aimed at the plain table. */
function statements(writer: number): { audit: Statement; plain: Statement } {
  const sql = auditEventSql({ type: "bench.audit_writer", actorKind: "SYSTEM", data: { writer } }, new Date());
  const audit = { text: `${sql.text} RETURNING id`, values: sql.values };
  return { audit, plain: { text: audit.text.replaceAll('"AuditEvent"', '"bench_plain_event"'), values: sql.values } };
}

/** Each kind of transaction runs this long first, unmeasured, so neither phase pays the cold start. */
const WARM_UP_MS = 1000;

async function warmUp(run: (which: "audit" | "plain") => Promise<WriterRun>): Promise<void> {
  await run("plain");
  await run("audit");
}

const ratioOf = (audit: WriterFigures, plain: WriterFigures) =>
  Math.round((audit.transactionsPerSecond / plain.transactionsPerSecond) * 100) / 100;

/**
 * The sealer as the app runs it: the server's and the worker's job (lib/jobs/audit-sealer.ts) at the
 * default AUDIT_SEAL_INTERVAL_MS. (Sealing again at once after every short batch
 * instead would spend a connection and a core on rounds of a few events each.)
 */
function runSealer(client: Parameters<typeof startAuditSealer>[0]) {
  const job = startAuditSealer(client, DEFAULT_AUDIT_SEAL_INTERVAL_MS);
  return { stop: () => job.stop() };
}

/** Polls which committed events have a hash yet, and keeps each one's lag from its commit. */
function watchSealing(client: pg.Client) {
  const committedAt = new Map<string, number>();
  const lags: number[] = [];
  let running = true;
  const poll = async () => {
    const ids = [...committedAt.keys()];
    if (ids.length === 0) return;
    const { rows } = await client.query<{ id: string }>(
      `SELECT id::text AS id FROM "AuditEvent" WHERE hash IS NOT NULL AND id = ANY($1::bigint[])`,
      [ids],
    );
    const now = performance.now();
    for (const { id } of rows) {
      lags.push(now - committedAt.get(id)!);
      committedAt.delete(id);
    }
  };
  const done = (async () => {
    while (running) {
      await poll();
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    committed: (id: string) => committedAt.set(id, performance.now()),
    pending: () => committedAt.size,
    stop: async (): Promise<SealingFigures> => {
      running = false;
      await done;
      lags.sort((a, b) => a - b);
      return {
        sealed: lags.length,
        lagP50Ms: Math.round(percentile(lags, 50)),
        lagP95Ms: Math.round(percentile(lags, 95)),
        unsealedAtEnd: committedAt.size,
      };
    },
  };
}

async function benchPostgres(serverUrl: string, durationMs: number): Promise<AuditWritersFigures> {
  const writers = 16;
  const notes: string[] = [];
  const database = await prepareBenchDatabase(serverUrl);
  if (database.target.kind !== "postgres") throw new Error("expected a PostgreSQL database");
  const url = database.target.url;
  await migrateTarget(database.target);
  const pool = new pg.Pool({ connectionString: url, max: writers });
  try {
    await pool.query(PLAIN_EVENT_TABLE_SQL);
    // A connection that fails fails its transaction (counted as an error), not the whole process.
    pool.on("error", () => {});
    const clients = await Promise.all(Array.from({ length: writers }, () => pool.connect()));
    for (const client of clients) client.on("error", () => {});
    const transaction = async (writer: number, which: "audit" | "plain", committed?: (id: string) => void) => {
      const client = clients[writer]!;
      const statement = statements(writer)[which];
      await client.query("BEGIN");
      try {
        const { rows } = await client.query<{ id: string }>(statement.text, statement.values);
        await client.query("SELECT pg_sleep(0.002)");
        await client.query("COMMIT");
        if (committed) committed(String(rows[0]!.id));
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    };

    await warmUp((which) => runWriters(writers, WARM_UP_MS, (w) => transaction(w, which)));
    const plainRun = () => runWriters(writers, durationMs / 2, (w) => transaction(w, "plain"));
    const plainBefore = await plainRun();

    // The sealer runs beside the writers, as in the app, and each event's lag from its COMMIT to its seal is watched.
    let sealing: SealingFigures;
    let auditRun: WriterRun;
    const sealerConnection = connect(database.target);
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    const loop = runSealer(sealerConnection.prisma);
    const watch = watchSealing(watcher);
    try {
      auditRun = await runWriters(writers, durationMs, (w) => transaction(w, "audit", watch.committed));
      // The last events committed need their batch too: wait for them (at most 30 s).
      const until = Date.now() + 30_000;
      while (watch.pending() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await loop.stop();
      sealing = await watch.stop();
      await watcher.end();
      await sealerConnection.prisma.$disconnect();
    }
    const plain = writerFigures([plainBefore, await plainRun()]);
    const audit = writerFigures([auditRun]);
    for (const client of clients) client.release();
    return { backend: "postgres", writers, plain, audit, ratio: ratioOf(audit, plain), sealing, notes };
  } finally {
    await pool.end();
    await database.cleanUp();
  }
}

async function benchEmbedded(durationMs: number): Promise<AuditWritersFigures> {
  const database = await prepareBenchDatabase(undefined);
  await migrateTarget(database.target);
  const connection = connect(database.target);
  try {
    await connection.prisma.$executeRawUnsafe(PLAIN_EVENT_TABLE_SQL);
    const pglite = connection.adapter.pglite!;
    const transaction = (which: "audit" | "plain") =>
      pglite.transaction(async (tx) => {
        const statement = statements(0)[which];
        await tx.query(statement.text, statement.values);
        await tx.query("SELECT pg_sleep(0.002)");
      });
    await warmUp((which) => runWriters(1, WARM_UP_MS, () => transaction(which).then(() => {})));
    const plainRun = () => runWriters(1, durationMs / 2, () => transaction("plain").then(() => {}));
    const plainBefore = await plainRun();
    const audit = writerFigures([await runWriters(1, durationMs, () => transaction("audit").then(() => {}))]);
    const plain = writerFigures([plainBefore, await plainRun()]);
    return {
      backend: "embedded",
      writers: 1,
      plain,
      audit,
      ratio: ratioOf(audit, plain),
      sealing: null,
      notes: [
        "PGlite is one connection in one process: transactions run one at a time, so this is the single-writer figure (no lock to queue on)",
      ],
    };
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
    await database.cleanUp();
  }
}

/** Whether a PostgreSQL server answers at `url` (the bench skips its part with a line when not). */
async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function benchAuditWriters(options: {
  duration: number;
  serverUrl?: string;
}): Promise<{ runs: AuditWritersFigures[]; skipped: string[] }> {
  const serverUrl = options.serverUrl ?? DEFAULT_POSTGRES_URL;
  const runs: AuditWritersFigures[] = [];
  const skipped: string[] = [];
  if (await reachable(serverUrl)) runs.push(await benchPostgres(serverUrl, options.duration * 1000));
  else skipped.push(`PostgreSQL part skipped: no server answers at ${new URL(serverUrl).host}`);
  runs.push(await benchEmbedded(options.duration * 1000));
  return { runs, skipped };
}
