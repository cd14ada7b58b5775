// npm run bench: builds, starts the production server on a fresh database, drives each target with
// 20 concurrent connections and prints latency percentiles and throughput (JSON under bench/results/).
// Options: --duration <seconds per target> (default 10), --cases <number seeded> (default 10000),
// --only http|sweep|intake|audit|scale-out|queue|reports, --queue-sizes 1000,100000, --queue-connections 4,
// --reports-cases 100000, --reports-connections 1, --only fulfilment (--fulfilment-cases 1000, --fulfilment-systems 10;
// bench/fulfilment.ts), --profile (with the intake: where its time went, from
// the server's CPU profile).
// With BENCH_DATABASE_URL (a PostgreSQL server URL) it runs on a fresh database there instead.
// The audit part (bench/audit-writers.ts: both backends) and the scale-out part (bench/scale-out.ts:
// PostgreSQL only) use BENCH_DATABASE_URL or else postgresql://postgres@127.0.0.1:5432/postgres, and
// skip their PostgreSQL part with a line when no server answers there.
// --scale runs only the scale bench (bench/scale.ts): one database grown through --scale-sizes
// (default 10000,100000,1000000), on PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureLoad, type LoadFigures } from "./support/measure";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect } from "@/lib/db/client";
import { ensureDemoAdmin } from "@/lib/server/users/ensure-demo-admin";
import { prepareBenchDatabase } from "./support/bench-database";
import { seedCases } from "./support/seed-cases";
import { benchAuditWriters } from "./audit-writers";
import { benchIntake } from "./intake";
import { printAuditWriters } from "./support/print-audit-writers";
import { printIntakeBench } from "./support/print-intake";
import { printProfileSummary } from "./support/cpu-profile";
import { benchQueue, type QueueFigures } from "./queue";
import { benchScaleOut, printScaleOut, type ScaleOutFigures } from "./scale-out";
import { benchReports, type ReportsFigures } from "./reports";
import { benchScale, printScale, type ScaleFigures } from "./scale";
import { benchSweep, type SweepFigures } from "./sweep";
import { benchFulfilment, printFulfilment, type FulfilmentFigures } from "./fulfilment";
import { signInCookie, startProductionServer, stopServer } from "./support/server";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    cases: { type: "string", default: "10000" },
    "sweep-cases": { type: "string", default: "100000" },
    only: { type: "string" },
    "queue-sizes": { type: "string", default: "1000,100000" },
    "queue-connections": { type: "string", default: "4" },
    "reports-cases": { type: "string", default: "100000" },
    "reports-connections": { type: "string", default: "1" },
    scale: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    "scale-sizes": { type: "string", default: "10000,100000,1000000" },
    "fulfilment-cases": { type: "string", default: process.env.FULFILMENT_BENCH_CASES ?? "1000" },
    "fulfilment-systems": { type: "string", default: process.env.FULFILMENT_BENCH_SYSTEMS ?? "10" },
  },
});
const all = values.only === undefined && !values.scale;
const runHttp = all || values.only === "http";
const runSweep = all || values.only === "sweep";
const runIntake = all || values.only === "intake";
const runQueue = all || values.only === "queue";
const runReports = all || values.only === "reports";
const runAudit = all || values.only === "audit";
const runScaleOut = all || values.only === "scale-out";
const runFulfilment = all || values.only === "fulfilment";
const duration = Number(values.duration);
const caseCount = Number(values.cases);
const port = 3300;
const baseUrl = `http://127.0.0.1:${port}`;
const password = randomBytes(12).toString("base64url");

interface Target {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

/** A route's load figures as table columns, after the columns that name the row. */
const loadColumns = (r: LoadFigures) => ({
  "req/s": r.requestsPerSecond,
  "p50 ms": r.p50,
  "p95 ms": r.p95,
  "p99 ms": r.p99,
  "non-2xx": r.non2xx,
  errors: r.errors,
});

interface Row extends LoadFigures {
  target: string;
}

async function measure(target: Target): Promise<Row> {
  const figures = await measureLoad({
    url: baseUrl + target.path,
    connections: 20,
    duration,
    headers: target.headers,
  });
  return { target: target.name, ...figures, requestsPerSecond: Math.round(figures.requestsPerSecond) };
}

async function benchHttp(): Promise<{ backend: string; rows: Row[] }> {
  const db = await prepareBenchDatabase();
  console.log(
    `Preparing ${db.target.kind === "postgres" ? "PostgreSQL" : "embedded"} database with ${caseCount} cases...`,
  );
  await migrateTarget(db.target);
  const seeding = connect(db.target);
  await ensureDemoAdmin(seeding.prisma, { password });
  const { references } = await seedCases(seeding, caseCount);
  await seeding.prisma.$disconnect();
  await seeding.adapter.close();

  const server = await startProductionServer(port, db.env);
  const rows: Row[] = [];
  try {
    const cookie = await signInCookie(baseUrl, "admin@rightsdesk.local", password);
    const reference = references[Math.floor(references.length / 2)]!;
    const targets: Target[] = [
      { name: "GET /api/health", path: "/api/health" },
      {
        name: "GET /api/v1/cases/:reference (one indexed read)",
        path: `/api/v1/cases/${reference}`,
        headers: { cookie },
      },
    ];
    for (const target of targets) {
      process.stdout.write(`Measuring ${target.name} for ${duration} s...\n`);
      rows.push(await measure(target));
    }
  } finally {
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
    await db.cleanUp();
  }

  console.log(
    `\n${db.target.kind === "postgres" ? "PostgreSQL" : "Embedded"} database, ${caseCount} cases, 20 connections, ${duration} s each`,
  );
  console.table(rows.map((r) => ({ target: r.target, ...loadColumns(r) })));
  return { backend: db.target.kind, rows };
}

let http: { backend: string; rows: Row[] } | undefined;
if (runHttp) http = await benchHttp();

let sweep: SweepFigures | undefined;
if (runSweep) {
  const sweepCases = Number(values["sweep-cases"]);
  console.log(`\nReminder sweep: seeding ${sweepCases} open cases into a fresh embedded database...`);
  sweep = await benchSweep(sweepCases);
  console.log(`Reminder sweep over ${sweep.openCases} open cases (embedded), seeded in ${sweep.seedSeconds} s`);
  console.table({
    "baseline: count open cases (scan)": { ms: sweep.baselineCountMs, reminders: "" },
    "first pass (queues the backlog)": {
      ms: sweep.firstPassMs,
      reminders: `${sweep.firstPass.dueIn7} / ${sweep.firstPass.dueIn2} / ${sweep.firstPass.overdue} (7d / 2d / overdue), ${sweep.firstPass.emails} emails`,
    },
    "steady pass (nothing new)": { ms: sweep.steadyPassMs, reminders: `${sweep.steadyPass.emails} emails` },
  });
  console.log(`steady pass / baseline scan = ${sweep.ratioSteadyToBaseline}`);
}

let intake: Awaited<ReturnType<typeof benchIntake>> | undefined;
if (runIntake) {
  console.log(
    "\nIntake: 500 submissions from 50 clients, then 20 connections on the intake and on three reference routes...",
  );
  intake = await benchIntake({ submissions: 500, concurrency: 50, duration, benchmark: true, profile: values.profile });
  console.log(
    `Load: ${intake.load.accepted}/${intake.load.submissions} accepted in ${intake.load.seconds} s, ${intake.load.casesStored} cases stored, ` +
      `${intake.load.verificationEmailsDelivered} verification emails delivered (all by ${intake.load.secondsUntilAllDelivered} s)` +
      (intake.load.failed ? `; failed by status: ${JSON.stringify(intake.load.failedStatuses)}` : ""),
  );
  if (intake.bench) printIntakeBench(intake.backend, intake.bench, duration);
  if (intake.profile) printProfileSummary("Where the intake's time went (its phase, --profile)", intake.profile);
}

let audit: Awaited<ReturnType<typeof benchAuditWriters>> | undefined;
if (runAudit) {
  console.log(`\nAudit writers at the database: audit events against a plain table, ${duration} s per phase...`);
  audit = await benchAuditWriters({ duration, serverUrl: process.env.BENCH_DATABASE_URL });
  printAuditWriters(audit, duration);
}

let scaleOut: ScaleOutFigures | { skipped: string } | undefined;
if (runScaleOut) {
  console.log(`\nScale-out: the intake through one and then two web servers with one worker, on PostgreSQL...`);
  scaleOut = await benchScaleOut({ duration, serverUrl: process.env.BENCH_DATABASE_URL });
  printScaleOut(scaleOut, duration);
}

let queue: QueueFigures | undefined;
if (runQueue) {
  const sizes = values["queue-sizes"].split(",").map(Number);
  const connections = Number(values["queue-connections"]);
  console.log(`\nCase queue at ${sizes.join(" and ")} cases, ${connections} connections, ${duration} s per view...`);
  queue = await benchQueue({ sizes, duration, connections });
  console.log(`\nCase queue (${queue.backend}), seeded in ${JSON.stringify(queue.seedSeconds)} s`);
  console.table(queue.rows.map((r) => ({ view: r.view, cases: r.cases, ...loadColumns(r) })));
  console.table(
    queue.ratios.map((r) => ({
      view: r.view,
      "p95 small": r.p95Small,
      "p95 large": r.p95Large,
      "large/small": r.ratio,
    })),
  );
  for (const note of queue.notes) console.log(`note: ${note}`);
}

let reports: ReportsFigures | undefined;
if (runReports) {
  const cases = Number(values["reports-cases"]);
  const connections = Number(values["reports-connections"]);
  console.log(`\nReports dashboard at ${cases} cases, ${connections} connection(s), ${duration} s per view...`);
  reports = await benchReports({ cases, duration, connections });
  console.log(
    `\nReports (${reports.backend}), ${reports.cases} cases seeded in ${reports.seedSeconds} s, ` +
      `${reports.routings} routings, ${reports.denials} denials with reason codes; load average ${reports.loadAverage} on ${cpus().length} cores`,
  );
  console.table(reports.rows.map((r) => ({ target: r.target, ...loadColumns(r) })));
  console.log(
    `Register of the default period: ${reports.register.rows} rows, ${Math.round(reports.register.bytes / 1024)} KiB in ${reports.register.ms} ms`,
  );
  for (const note of reports.notes) console.log(`note: ${note}`);
}

let fulfilment: FulfilmentFigures | undefined;
if (runFulfilment) {
  const cases = Number(values["fulfilment-cases"]);
  const systems = Number(values["fulfilment-systems"]);
  console.log(`\nFulfilment: ${cases} confirmed cases x ${systems} webhook systems to the local receiver...`);
  fulfilment = await benchFulfilment({ cases, systems });
  printFulfilment(fulfilment);
}

let scale: ScaleFigures | undefined;
if (values.scale) {
  const sizes = values["scale-sizes"].split(",").map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1000)) {
    console.error("--scale-sizes takes whole numbers of cases from 1000 up, e.g. 10000,100000");
    process.exit(2);
  }
  scale = await benchScale({
    sizes,
    duration,
    queueConnections: Number(values["queue-connections"]),
    dashboardConnections: Number(values["reports-connections"]),
    serverUrl: process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL,
  });
  printScale(scale);
}

mkdirSync("bench/results", { recursive: true });
const file = path.join("bench/results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      http: http && { ...http, caseCount, duration, connections: 20 },
      sweep,
      intake,
      audit,
      scaleOut,
      queue,
      reports,
      fulfilment,
      scale,
    },
    null,
    2,
  ),
);
console.log(`Written ${file}`);
process.exit(0);
