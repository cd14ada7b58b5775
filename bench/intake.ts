import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";
import { connect } from "@/lib/db/client";
import { migrateTarget } from "@/lib/db/bootstrap";
import { monotonicMicros, newestProfile, summarizeProfile, type ProfileSummary } from "./support/cpu-profile";
import { measureLoad } from "./support/measure";
import { PLAIN_ROW_TABLE_SQL } from "./support/plain-tables";
import { startProductionServer, stopServer } from "./support/server";
import { startSmtpSink } from "./support/smtp-sink";

const PORT = 3310;
const BASE = `http://127.0.0.1:${PORT}`;

export function intakeBody(email: string) {
  return JSON.stringify({
    type: "ACCESS",
    relationship: "SELF",
    details: { scope: "All data about me" },
    requester: { name: "Load Test", email, country: "IE", locale: "en" },
  });
}

export interface LoadFigures {
  submissions: number;
  concurrency: number;
  accepted: number;
  failed: number;
  /** How many failed with each HTTP status (0: no answer). */
  failedStatuses: Record<number, number>;
  seconds: number;
  casesStored: number;
  verificationEmailsDelivered: number;
  secondsUntilAllDelivered: number;
}

export interface RouteFigures {
  requestsPerSecond: number;
  p95: number;
  errors: number;
  non2xx: number;
}

/** The intake and its references, measured in one run on one server. */
export interface IntakeBenchFigures {
  intake: RouteFigures;
  /** One row into a table without triggers (bench_plain_row): the floor for a write. */
  plainInsert: RouteFigures;
  /** Reads the body and answers: the floor for the HTTP path. */
  noDatabase: RouteFigures;
  /** One audit event through the audit trail's writer: a reference, not a floor (it takes the chain's lock). */
  auditInsert: RouteFigures;
  ratios: { intakeToPlainInsert: number; intakeToNoDatabase: number; auditInsertToPlainInsert: number };
}

const ratio = (a: RouteFigures, b: RouteFigures) => Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100;

async function post(pathname: string, body: string): Promise<number> {
  const response = await fetch(BASE + pathname, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** The intake phase's share of the server's CPU profile (written when the server stopped). */
function profileOf(dir: string, window: { from: number; to: number }): ProfileSummary | undefined {
  const file = newestProfile(dir);
  return file ? summarizeProfile(file, window) : undefined;
}

/**
 * The run's database: embedded in a fresh directory, or with BENCH_DATABASE_URL (a PostgreSQL server) a
 * fresh database there, dropped afterwards.
 */
async function freshDatabase(dataDir: string): Promise<{
  target: DatabaseTarget;
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl)
    return { target: { kind: "embedded", dataDir: path.join(dataDir, "db") }, env: {}, drop: async () => {} };
  const name = `rightsdesk_intake_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    env: {
      DATABASE_URL: url.toString(),
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/**
 * Load check and benchmark of the public intake on the production build, on the embedded database (or on
 * PostgreSQL with BENCH_DATABASE_URL).
 * 1. `submissions` requests from `concurrency` clients at once: every one must be accepted, stored once,
 *    and its verification email delivered once to the SMTP capture.
 * 2. autocannon (20 connections), in the same run, on a route that answers without the database, on one
 *    that inserts one row into a table without triggers (the bench creates it), on one that appends an
 *    audit event (the chain's trigger and lock), and on the JSON intake: requests/s, p95 and the ratios
 *    intake/plain insert (the headline), intake/no database and audit insert/plain insert.
 */
export async function benchIntake(options: {
  submissions: number;
  concurrency: number;
  duration: number;
  benchmark: boolean;
  /** Profile the server's CPU and print where the intake's time went (from its phase's samples). */
  profile?: boolean;
}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "rightsdesk-intake-"));
  const profileDir = options.profile ? path.join(dataDir, "cpu-profile") : undefined;
  let intakeWindow: { from: number; to: number } | undefined;
  const database = await freshDatabase(dataDir);
  const target = database.target;
  console.log(`Intake on the ${target.kind === "postgres" ? "PostgreSQL" : "embedded"} database`);
  await migrateTarget(target);
  const setup = connect(target);
  try {
    await setup.prisma.$executeRawUnsafe(PLAIN_ROW_TABLE_SQL);
  } finally {
    await setup.prisma.$disconnect();
    await setup.adapter.close();
  }
  const smtp = await startSmtpSink();
  const server = await startProductionServer(
    PORT,
    {
      ...database.env,
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: "100",
      INTAKE_LIMIT_PER_IP_HOUR: "1000000",
      INTAKE_LIMIT_PER_EMAIL_DAY: "1000000",
      // The load check's addresses are its own; the limits stay out of the way of the measurement.
      VERIFICATION_EMAILS_PER_ADDRESS_DAY: "1000000",
      // The benchmark's clients stand behind one proxy (X-Forwarded-For), each request from its own address.
      TRUSTED_PROXIES: "1",
      // The baseline routes (app/api/bench/*/route.bench.ts) exist only in the benchmark's build.
      BENCH_BUILD: "true",
    },
    { cpuProfileDir: profileDir },
  );
  let load: LoadFigures;
  let bench: IntakeBenchFigures | undefined;
  try {
    const started = performance.now();
    let next = 0;
    let accepted = 0;
    let failed = 0;
    const failedStatuses: Record<number, number> = {};
    const run = `${Date.now()}`;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < options.submissions) {
          const i = next++;
          const status = await post("/api/v1/requests", intakeBody(`load-${run}-${i}@example.com`)).catch(() => 0);
          if (status === 202) accepted++;
          else {
            failed++;
            failedStatuses[status] = (failedStatuses[status] ?? 0) + 1;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const loadRecipients = () => [...smtp.received.keys()].filter((k) => k.startsWith(`load-${run}-`));
    const deadline = Date.now() + 180_000;
    while (loadRecipients().length < accepted && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const secondsUntilAllDelivered = (performance.now() - started) / 1000;
    const delivered = loadRecipients().reduce((sum, k) => sum + (smtp.received.get(k) ?? 0), 0);
    load = {
      submissions: options.submissions,
      concurrency: options.concurrency,
      accepted,
      failed,
      failedStatuses,
      seconds: Math.round(seconds * 10) / 10,
      casesStored: -1,
      verificationEmailsDelivered: delivered,
      secondsUntilAllDelivered: Math.round(secondsUntilAllDelivered * 10) / 10,
    };

    // Every request is another person from another client, as in life: its own email address (so its own
    // mailbox counters) and its own address behind the one trusted proxy (so its own per-client limit).
    // One address for every request would measure 20 connections queuing on one mailbox's counter row.
    let sent = 0;
    const measure = async (pathname: string) => {
      const { requestsPerSecond, p95, errors, non2xx } = await measureLoad({
        url: BASE + pathname,
        method: "POST",
        connections: 20,
        duration: options.duration,
        requests: [
          {
            setupRequest: (request) => {
              const n = sent++;
              return {
                ...request,
                headers: {
                  "content-type": "application/json",
                  "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
                },
                body: intakeBody(`bench-${run}-${n}@example.com`),
              };
            },
          },
        ],
      });
      return { requestsPerSecond: Math.round(requestsPerSecond), p95, errors, non2xx };
    };
    if (options.benchmark) {
      // Every route gets the intake's bodies, so each reads the same bytes.
      const noDatabase = await measure("/api/bench/no-db");
      const plainInsert = await measure("/api/bench/plain-insert");
      const auditInsert = await measure("/api/bench/audit-insert");
      const from = monotonicMicros();
      const intake = await measure("/api/v1/requests");
      intakeWindow = { from, to: monotonicMicros() };
      bench = {
        intake,
        plainInsert,
        noDatabase,
        auditInsert,
        ratios: {
          intakeToPlainInsert: ratio(intake, plainInsert),
          intakeToNoDatabase: ratio(intake, noDatabase),
          auditInsertToPlainInsert: ratio(auditInsert, plainInsert),
        },
      };
    }
  } finally {
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1500));
    await smtp.stop();
  }
  const connection = connect(target);
  try {
    load.casesStored = await connection.prisma.case.count({ where: { requester: { email: { startsWith: "load-" } } } });
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
    await database.drop();
  }
  const profile = profileDir && intakeWindow ? profileOf(profileDir, intakeWindow) : undefined;
  return { backend: target.kind, load, bench, profile };
}
