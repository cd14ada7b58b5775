import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { z } from "zod";
import { measureLoad, type LoadFigures } from "./support/measure";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect, type Connection, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { runReminderSweep, type SweepResult } from "@/lib/server/deadlines/run-reminder-sweep";
import { ensureDemoAdmin } from "@/lib/server/users/ensure-demo-admin";
import { addReportDetails } from "./reports";
import { prepareBenchDatabase } from "./support/bench-database";
import { seedCases } from "./support/seed-cases";
import { signInCookie, startProductionServer, stopServer } from "./support/server";

const PORT = 3340;
const BASE = `http://127.0.0.1:${PORT}`;
const DAY = 86_400_000;
/** The first size is the recent workload: cases received over these days, statuses by age. */
const RECENT_DAYS = 120;
/**
 * Growth is history: cases received over the four years ending half a year ago, almost all closed.
 * The gap keeps their closures out of the dashboard's default period (the last 12 weeks).
 */
const HISTORY_ENDS_DAYS_AGO = 180;
const HISTORY_DAYS = 4 * 365;

export interface ScaleRow extends LoadFigures {
  target: string;
  path: string;
  cases: number;
  connections: number;
}

export interface ScaleStep {
  cases: number;
  /** Seconds to grow to this size (the first size: seeding from empty), then to vacuum and analyze. */
  seedSeconds: number;
  vacuumSeconds: number;
  /** What the measured views show at this size: the same recent workload whatever the history. */
  openCases: number;
  receivedLast12Weeks: number;
  /**
   * The reminder sweep on the seeded data, in a transaction rolled back afterwards so every size
   * sweeps the same backlog: the first pass queues every reminder due (open cases whose next reminder
   * has passed), the steady pass right after finds nothing new.
   */
  sweep: { firstPassMs: number; firstPass: SweepResult; steadyPassMs: number; steadyPass: SweepResult };
  rows: ScaleRow[];
  /** The machine's load average (1, 5, 15 minutes) when the step's measurements began and ended. */
  loadBefore: number[];
  loadAfter: number[];
}

export interface ScaleFigures {
  backend: string;
  cores: number;
  sizes: number[];
  duration: number;
  steps: ScaleStep[];
  /** Each measure at every size, and its value at the largest size over the smallest. */
  ratios: { measure: string; values: Record<number, number>; ratio: number }[];
  notes: string[];
}

const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

class RolledBack extends Error {}

/** Times the reminder sweep inside a transaction that is then rolled back (nothing it queues remains). */
async function timeReminderSweep(prisma: Db, now: Date): Promise<ScaleStep["sweep"]> {
  let figures: ScaleStep["sweep"] | undefined;
  try {
    await prisma.$transaction(
      async (tx) => {
        // The sweep's statements run on the transaction's connection exactly as on the client.
        const sweepDb = tx as unknown as Db;
        let started = performance.now();
        const firstPass = await runReminderSweep(sweepDb, now);
        const firstPassMs = Math.round((performance.now() - started) * 10) / 10;
        started = performance.now();
        const steadyPass = await runReminderSweep(sweepDb, now);
        const steadyPassMs = Math.round((performance.now() - started) * 10) / 10;
        figures = { firstPassMs, firstPass, steadyPassMs, steadyPass };
        throw new RolledBack();
      },
      { timeout: 3_600_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return figures!;
}

async function grow(connection: Connection, from: number, to: number, now: Date, step: number) {
  const started = performance.now();
  if (from === 0) {
    await seedCases(connection, to, { now, spreadDays: RECENT_DAYS, auditEvents: false, seed: 20261129 });
  } else {
    await seedCases(connection, to - from, {
      now,
      receivedBefore: new Date(now.getTime() - HISTORY_ENDS_DAYS_AGO * DAY),
      spreadDays: HISTORY_DAYS,
      auditEvents: false,
      seed: 20261129 + step,
    });
  }
  await addReportDetails(connection);
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  const vacuumStarted = performance.now();
  // A database that grew over years has been vacuumed; without it the first reads set hint bits and
  // autovacuum would run in the middle of the measurements.
  await connection.prisma.$executeRawUnsafe(`VACUUM (ANALYZE)`);
  return { seedSeconds, vacuumSeconds: Math.round((performance.now() - vacuumStarted) / 100) / 10 };
}

/**
 * The application at growing sizes on one database: seeds the first size (the recent workload), then
 * adds history up to each further size, and at each size times the reminder sweep and, through the
 * production server as a signed-in administrator, the case queue's default view, its overdue view, a
 * search by reference (like bench/queue.ts) and the reports dashboard's default period (like
 * bench/reports.ts). PostgreSQL when `serverUrl` is given (a fresh database there, dropped at the end).
 */
export async function benchScale(options: {
  sizes: number[];
  duration: number;
  queueConnections: number;
  dashboardConnections: number;
  serverUrl: string | undefined;
}): Promise<ScaleFigures> {
  const sizes = [...options.sizes].sort((a, b) => a - b);
  const notes: string[] = [];
  const steps: ScaleStep[] = [];
  const database = await prepareBenchDatabase(options.serverUrl);
  const backend = database.target.kind;
  const password = randomBytes(12).toString("base64url");
  const now = new Date();
  let reference = "";
  try {
    await migrateTarget(database.target);
    let current = 0;
    for (const [index, size] of sizes.entries()) {
      console.log(`Scale: growing to ${size} cases (${backend}), load average ${load().join(" ")}...`);
      const connection = connect(database.target);
      let step: Omit<ScaleStep, "rows" | "loadBefore" | "loadAfter">;
      try {
        if (current === 0) await ensureDemoAdmin(connection.prisma, { password });
        const { seedSeconds, vacuumSeconds } = await grow(connection, current, size, now, index);
        current = size;
        if (!reference) {
          // A case the default view lists: open, in the middle of the receipt dates.
          const open = await connection.prisma.case.findMany({
            where: { status: "IN_PROGRESS", receivedAt: { gte: new Date(now.getTime() - RECENT_DAYS * DAY) } },
            orderBy: { receivedAt: "asc" },
            select: { reference: true },
          });
          reference = open[Math.floor(open.length / 2)]!.reference;
        }
        const [counts] = await queryRows(
          connection.prisma,
          z.object({ open: z.number().int(), recent: z.number().int() }),
          Prisma.sql`
          SELECT (count(*) FILTER (WHERE status IN ('NEW','IN_PROGRESS','AWAITING_REQUESTER','ROUTED')))::int AS open,
                 (count(*) FILTER (WHERE "receivedAt" >= ${new Date(now.getTime() - 84 * DAY)}))::int AS recent
          FROM "Case"`,
        );
        console.log(`Scale: ${size} cases (${seedSeconds} s, vacuum ${vacuumSeconds} s); timing the reminder sweep...`);
        const sweep = await timeReminderSweep(connection.prisma, now);
        step = {
          cases: size,
          seedSeconds,
          vacuumSeconds,
          openCases: counts!.open,
          receivedLast12Weeks: counts!.recent,
          sweep,
        };
      } finally {
        await connection.prisma.$disconnect();
        await connection.adapter.close();
      }

      // Without the outbox worker and periodic sweeps: the seeded reminders are all due, and the
      // sweep would change the data between sizes (it is timed above instead).
      const server = await startProductionServer(PORT, { ...database.env, WORKER_IN_SERVER: "false" });
      const rows: ScaleRow[] = [];
      const loadBefore = load();
      try {
        const cookie = await signInCookie(BASE, "admin@rightsdesk.local", password);
        const targets = [
          { target: "queue: default view", path: "/cases", expect: "DSR-", connections: options.queueConnections },
          {
            target: "queue: overdue view",
            path: "/cases?view=overdue",
            expect: "DSR-",
            connections: options.queueConnections,
          },
          {
            target: "queue: search by reference",
            path: `/cases?q=${reference}`,
            expect: reference,
            connections: options.queueConnections,
          },
          {
            target: "dashboard: default period",
            path: "/reports",
            expect: "Requests received per week",
            connections: options.dashboardConnections,
          },
        ];
        for (const target of targets) {
          const first = await fetch(BASE + target.path, { headers: { cookie }, redirect: "manual" });
          const body = await first.text();
          if (first.status !== 200) notes.push(`${size} cases, ${target.path}: HTTP ${first.status}`);
          else if (!body.includes(target.expect))
            notes.push(`${size} cases, ${target.path}: the page did not contain "${target.expect}"`);
          for (let i = 0; i < 5; i++) await (await fetch(BASE + target.path, { headers: { cookie } })).text();
          process.stdout.write(
            `Measuring ${target.path} at ${size} cases, ${target.connections} connection(s), ${options.duration} s...\n`,
          );
          const figures = await measureLoad({
            url: BASE + target.path,
            connections: target.connections,
            duration: options.duration,
            headers: { cookie },
          });
          rows.push({
            target: target.target,
            path: target.path.replace(reference, "<reference>"),
            cases: size,
            connections: target.connections,
            ...figures,
          });
        }
      } finally {
        stopServer(server);
        await new Promise((r) => setTimeout(r, 1000));
      }
      steps.push({ ...step, rows, loadBefore, loadAfter: load() });
    }
  } finally {
    await database.cleanUp();
  }

  const first = steps[0]!;
  const last = steps.at(-1)!;
  const measures: { measure: string; of: (step: ScaleStep) => number }[] = [
    ...first.rows.map((row) => ({
      measure: `${row.target} p95 ms`,
      of: (step: ScaleStep) => step.rows.find((r) => r.target === row.target)?.p95 ?? NaN,
    })),
    { measure: "reminder sweep, first pass ms", of: (step) => step.sweep.firstPassMs },
    { measure: "reminder sweep, steady pass ms", of: (step) => step.sweep.steadyPassMs },
  ];
  const ratios = measures.map(({ measure, of }) => ({
    measure,
    values: Object.fromEntries(steps.map((step) => [step.cases, of(step)])),
    ratio: Math.round((of(last) / of(first)) * 100) / 100,
  }));
  return { backend, cores: cpus().length, sizes, duration: options.duration, steps, ratios, notes };
}

/** The figures as tables: one row per measure with its value at each size and the ratio. */
export function printScale(figures: ScaleFigures): void {
  console.log(
    `\nScale (${figures.backend}, ${figures.cores} cores): the first size is the last ${RECENT_DAYS} days of work; ` +
      `growth adds history received over the ${HISTORY_DAYS / 365} years before the last ${HISTORY_ENDS_DAYS_AGO} days.`,
  );
  console.table(
    Object.fromEntries(
      figures.steps.map((s) => [
        s.cases,
        {
          "seed s": s.seedSeconds,
          "vacuum s": s.vacuumSeconds,
          "open cases": s.openCases,
          "received last 12 weeks": s.receivedLast12Weeks,
          "reminders queued (7d/2d/overdue)": `${s.sweep.firstPass.dueIn7}/${s.sweep.firstPass.dueIn2}/${s.sweep.firstPass.overdue}`,
          emails: s.sweep.firstPass.emails,
          "load before": s.loadBefore.join(" "),
          "load after": s.loadAfter.join(" "),
        },
      ]),
    ),
  );
  const small = figures.steps[0]!.cases;
  const large = figures.steps.at(-1)!.cases;
  console.table(
    Object.fromEntries(figures.ratios.map((r) => [r.measure, { ...r.values, [`${large}/${small}`]: r.ratio }])),
  );
  for (const note of figures.notes) console.log(`note: ${note}`);
}
