// npm run test:faults: the production build under load while things go wrong. On the embedded database by
// default, on PostgreSQL with BENCH_DATABASE_URL (a server URL; a fresh database is made and dropped).
//
// 1. Crash: clients file requests through POST /api/v1/requests; the server's whole process group is killed
//    (SIGKILL, no shutdown) mid-load and started again on the same data. Every acknowledged (202) request
//    must be there and complete (requester, case with its due date, verification, audit event, verification
//    email), no case half-written, and every verification email delivered.
// 2. Mail server down: the SMTP capture stops (connection refused) while requests keep coming, then comes
//    back. Every verification email must arrive exactly once and none be marked FAILED.
// 3. Database restart (PostgreSQL only): a TCP proxy between the app and PostgreSQL drops every connection
//    and refuses new ones for a few seconds. Meanwhile /api/health must answer 503 and the intake a quick
//    503 with Retry-After; once the proxy is back, both must recover without restarting the app.
//
// A repeated email is allowed only in the at-least-once window: on its way when the database went away, so
// the worker could not record it as sent and sends it again once its lease runs out (at most one per
// delivery slot, first copy arrived before the fault ended, same Message-ID so a receiving server can tell).
// Everything else must arrive exactly once; with the mail server down, everything must.
//
// Layout: settings and the server's start and end; then the helpers the checks share (the client load,
// what was stored, what was delivered, the scenario runner); then the three checks in the order above, each
// one `scenario(...)` call near the end of the file. The TCP proxy is bench/support/tcp-proxy.ts.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { migrateTarget } from "@/lib/db/bootstrap";
import { connect } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { countColumn, queryRows } from "@/lib/db/typed-rows";
import { DELIVERY_CONCURRENCY } from "@/lib/email/transport";
import { intakeBody } from "./intake";
import { prepareBenchDatabase } from "./support/bench-database";
import { startProductionServer } from "./support/server";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";
import { startTcpProxy } from "./support/tcp-proxy";

const { values } = parseArgs({
  options: {
    concurrency: { type: "string", default: "20" },
    "kill-after": { type: "string", default: "200" },
    "outage-seconds": { type: "string", default: "5" },
  },
});
const concurrency = Number(values.concurrency);
const killAfter = Number(values["kill-after"]);
const outageMs = Number(values["outage-seconds"]) * 1000;
const PORT = 3271;
const BASE = `http://127.0.0.1:${PORT}`;
const run = Date.now().toString(36);

const database = await prepareBenchDatabase();
const isPostgres = database.target.kind === "postgres";
await migrateTarget(database.target);
let smtp = await startSmtpSink();

// The full health report (outbox backlog, database reachability) is for monitoring holding the token.
const HEALTH_TOKEN = randomBytes(32).toString("base64url");
const monitoring = { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } };

const serverEnv = {
  ...database.env,
  HEALTH_TOKEN,
  SMTP_URL: smtp.url,
  OUTBOX_POLL_MS: "100",
  // Short enough to see retries and expired leases within the run; production waits longer.
  OUTBOX_RETRY_BASE_MS: "500",
  OUTBOX_LEASE_MS: "3000",
  INTAKE_LIMIT_PER_IP_HOUR: "1000000",
  INTAKE_LIMIT_PER_EMAIL_DAY: "1000000",
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The production server (`npm start`, in its own process group) and how long it took to become healthy. */
async function startServer(env: Record<string, string | undefined>): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = await startProductionServer(PORT, env);
  return { child, ms: performance.now() - started };
}

/** Ends the server's whole process group and waits until it is gone. */
async function endServer(child: ChildProcess, signal: "SIGTERM" | "SIGKILL"): Promise<void> {
  const exited = new Promise<void>((r) =>
    child.exitCode !== null || child.signalCode ? r() : child.once("exit", () => r()),
  );
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
  await exited;
  // Wait for the rest of the group (next-server) to be gone too: it holds the embedded data directory.
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return;
    }
    await sleep(100);
  }
}

// ---- Helpers shared by the checks: the client load, what was stored, what was delivered ----

interface Submission {
  email: string;
  /** When it was sent (performance.now()) and how long the answer took. */
  at: number;
  status: number;
  ms: number;
  retryAfter: string | null;
  code?: string;
}

/** Clients filing requests until `stop()`; each submission has its own address, which identifies it. */
function startLoad(prefix: string, clients: number, pauseMs = 0) {
  const results: Submission[] = [];
  let stopped = false;
  let next = 0;
  const done = Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stopped) {
        const email = `${prefix}-${run}-${next++}@example.com`;
        const started = performance.now();
        try {
          const response = await fetch(`${BASE}/api/v1/requests`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: intakeBody(email),
            signal: AbortSignal.timeout(30_000),
          });
          const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
          results.push({
            email,
            at: started,
            status: response.status,
            ms: performance.now() - started,
            retryAfter: response.headers.get("retry-after"),
            code: body.error?.code,
          });
        } catch {
          // No answer (the server died, or the connection was cut): the outcome is unknown.
          results.push({ email, at: started, status: 0, ms: performance.now() - started, retryAfter: null });
        }
        if (pauseMs) await sleep(pauseMs);
      }
    }),
  );
  return {
    results,
    acknowledged: () => results.filter((r) => r.status === 202),
    halt: () => {
      stopped = true;
    },
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

async function outboxBacklog(): Promise<number | undefined> {
  const response = await fetch(`${BASE}/api/health`, monitoring).catch(() => undefined);
  if (!response?.ok) return undefined;
  return ((await response.json()) as { outbox: { backlog: number } }).outbox.backlog;
}

/** Waits until every address has mail and the outbox is empty; returns the seconds it took. */
async function awaitDelivery(sink: SmtpSink, emails: string[], timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (emails.every((e) => sink.received.has(e)) && (await outboxBacklog()) === 0) break;
    await sleep(200);
  }
  return seconds(performance.now() - started);
}

const storedCase = z.object({
  email: z.string(),
  hasCase: z.boolean(),
  hasDue: z.boolean(),
  verified: z.boolean(),
  audited: z.boolean(),
  emails: countColumn,
  emailStatus: z.string().nullable(),
  attempts: z
    .number()
    .int()
    .nullable()
    .transform((attempts) => attempts ?? 0),
});
type StoredCase = z.infer<typeof storedCase>;

/** Every request with an address under `prefix`, with what a complete one must have. */
async function storedCases(prefix: string): Promise<StoredCase[]> {
  const connection = connect(database.target);
  try {
    return await queryRows(
      connection.prisma,
      storedCase,
      Prisma.sql`SELECT r.email,
              c.id IS NOT NULL AS "hasCase",
              (c."dueAt" IS NOT NULL AND c."dueDate" IS NOT NULL) AS "hasDue",
              EXISTS (SELECT 1 FROM "CaseVerification" v WHERE v."caseId" = c.id) AS verified,
              EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."caseId" = c.id AND a.type = 'case.submitted') AS audited,
              (SELECT count(*) FROM "OutboxEmail" o WHERE o."caseId" = c.id AND o.template = 'requester-verification') AS emails,
              (SELECT max(o.status::text) FROM "OutboxEmail" o WHERE o."caseId" = c.id) AS "emailStatus",
              (SELECT max(o.attempts) FROM "OutboxEmail" o WHERE o."caseId" = c.id) AS attempts
         FROM "Requester" r LEFT JOIN "Case" c ON c."requesterId" = r.id
        WHERE r.email LIKE ${`${prefix}-${run}-%`}`,
    );
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}

/** Cases with no requester, or a requester, audit event or email pointing at no case (the whole database). */
async function orphans(): Promise<number> {
  const connection = connect(database.target);
  try {
    const [row] = await queryRows(
      connection.prisma,
      z.object({ n: countColumn }),
      Prisma.sql`SELECT (SELECT count(*) FROM "Requester" r WHERE NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."requesterId" = r.id))
            + (SELECT count(*) FROM "Case" c WHERE NOT EXISTS (SELECT 1 FROM "Requester" r WHERE r.id = c."requesterId"))
            + (SELECT count(*) FROM "Case" c WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."caseId" = c.id))
            + (SELECT count(*) FROM "Case" c WHERE c.status = 'UNVERIFIED'
                 AND NOT EXISTS (SELECT 1 FROM "OutboxEmail" o WHERE o."caseId" = c.id)) AS n`,
    );
    return row?.n ?? 0;
  } finally {
    await connection.prisma.$disconnect();
    await connection.adapter.close();
  }
}

const isComplete = (c: StoredCase) =>
  c.hasCase && c.hasDue && c.verified && c.audited && c.emails === 1 && c.emailStatus === "SENT";

/**
 * Delivery of each stored request's verification email: missing, repeated outside the at-least-once window
 * (`sentDuringFault` holds what had arrived when the fault ended), and repeats inside it.
 */
function deliveryOf(sink: SmtpSink, stored: StoredCase[], sentDuringFault: Map<string, number>) {
  const counts = stored.map((c) => ({ email: c.email, copies: sink.received.get(c.email) ?? 0 }));
  const repeats = counts.filter((c) => c.copies > 1);
  const windowRepeats = repeats.filter((c) => c.copies === 2 && sentDuringFault.get(c.email) === 1);
  return {
    delivered: counts.filter((c) => c.copies > 0).length,
    missing: counts.filter((c) => c.copies === 0).length,
    repeatedInWindow: windowRepeats.length,
    repeatedOutsideWindow: repeats.length - windowRepeats.length,
  };
}

// ---- The scenario runner: each check collects problems and figures, then prints PASS or FAIL ----

type Outcome = { name: string; passed: boolean | "n/a"; figures: Record<string, unknown>; problems: string[] };
const outcomes: Outcome[] = [];

async function scenario(name: string, body: (problems: string[], figures: Record<string, unknown>) => Promise<void>) {
  const problems: string[] = [];
  const figures: Record<string, unknown> = {};
  try {
    await body(problems, figures);
  } catch (error) {
    problems.push(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  outcomes.push({ name, passed: problems.length === 0, figures, problems });
  console.log(`${problems.length === 0 ? "PASS" : "FAIL"} ${name}\n${JSON.stringify(figures, null, 2)}`);
  for (const problem of problems) console.log(`  - ${problem}`);
}

function expect(problems: string[], ok: boolean, problem: string) {
  if (!ok) problems.push(problem);
}

// ---- The three checks ----

console.log(`Fault check on the ${isPostgres ? "PostgreSQL" : "embedded"} database`);
let server: ChildProcess | undefined;
try {
  await scenario("crash: SIGKILL under load, restart on the same data", async (problems, figures) => {
    server = (await startServer(serverEnv)).child;
    const load = startLoad("crash", concurrency);
    while (load.acknowledged().length < killAfter) await sleep(20);
    // No new requests from here: the ones in flight now are those the kill leaves unanswered.
    load.halt();
    await endServer(server, "SIGKILL");
    const sentBeforeKill = new Map(smtp.received);
    await load.stop();
    const acknowledged = load.acknowledged().map((r) => r.email);
    const unanswered = load.results.filter((r) => r.status === 0).map((r) => r.email);
    const refused = load.results.filter((r) => r.status !== 0 && r.status !== 202);

    const restart = await startServer(serverEnv);
    server = restart.child;
    const deliverySeconds = await awaitDelivery(smtp, acknowledged);
    await endServer(server, "SIGTERM");
    server = undefined;

    const stored = await storedCases("crash");
    const byEmail = new Map(stored.map((c) => [c.email, c]));
    const lost = acknowledged.filter((e) => !byEmail.has(e));
    const incomplete = stored.filter((c) => !isComplete(c));
    const strays = stored.filter((c) => !acknowledged.includes(c.email) && !unanswered.includes(c.email));
    const delivery = deliveryOf(smtp, stored, sentBeforeKill);
    Object.assign(figures, {
      acknowledgedBeforeKill: acknowledged.length,
      unansweredAtKill: unanswered.length,
      storedOfUnanswered: unanswered.filter((e) => byEmail.has(e)).length,
      restartSeconds: seconds(restart.ms),
      emailsDeliveredBeforeKill: [...sentBeforeKill.keys()].filter((k) => k.startsWith("crash-")).length,
      emailsDelivered: delivery.delivered,
      secondsUntilAllDelivered: deliverySeconds,
      repeatedInAtLeastOnceWindow: delivery.repeatedInWindow,
    });
    expect(
      problems,
      refused.length === 0,
      `${refused.length} requests refused before the kill (first: ${refused[0]?.status})`,
    );
    expect(problems, lost.length === 0, `${lost.length} acknowledged requests lost`);
    expect(problems, incomplete.length === 0, `${incomplete.length} requests half-written or not delivered`);
    expect(problems, strays.length === 0, `${strays.length} stored requests that were never sent`);
    expect(problems, (await orphans()) === 0, "orphan rows");
    expect(problems, delivery.missing === 0, `${delivery.missing} verification emails never delivered`);
    expect(problems, delivery.repeatedOutsideWindow === 0, `${delivery.repeatedOutsideWindow} emails delivered twice`);
    expect(problems, delivery.repeatedInWindow <= DELIVERY_CONCURRENCY, "more repeats than delivery slots");
  });

  await scenario("mail server down under load, then back", async (problems, figures) => {
    server = (await startServer(serverEnv)).child;
    const load = startLoad("smtp", Math.max(1, Math.floor(concurrency / 2)), 20);
    await sleep(1500);
    await smtp.stop();
    const downAt = performance.now();
    await sleep(outageMs);
    smtp = await startSmtpSink({ port: smtp.port, received: smtp.received });
    const backAt = performance.now();
    await sleep(1500);
    await load.stop();
    const acknowledged = load.acknowledged().map((r) => r.email);
    const acknowledgedWhileDown = load.acknowledged().filter((r) => r.at >= downAt && r.at + r.ms <= backAt).length;
    const deliverySeconds = await awaitDelivery(smtp, acknowledged);
    await endServer(server, "SIGTERM");
    server = undefined;

    const stored = await storedCases("smtp");
    const failed = stored.filter((c) => c.emailStatus === "FAILED");
    const delivery = deliveryOf(smtp, stored, new Map());
    const refused = load.results.filter((r) => r.status !== 202);
    Object.assign(figures, {
      submissions: load.results.length,
      acknowledged: acknowledged.length,
      acknowledgedWhileMailDown: acknowledgedWhileDown,
      mailDownSeconds: seconds(backAt - downAt),
      emailsDelivered: delivery.delivered,
      emailsRetried: stored.filter((c) => c.attempts > 1).length,
      mostAttempts: Math.max(0, ...stored.map((c) => c.attempts)),
      secondsFromMailBackUntilAllDelivered: deliverySeconds,
    });
    expect(problems, acknowledgedWhileDown > 0, "no request was acknowledged while mail was down");
    expect(problems, refused.length === 0, `${refused.length} requests refused`);
    expect(
      problems,
      stored.length === acknowledged.length,
      `${stored.length} stored, ${acknowledged.length} acknowledged`,
    );
    expect(problems, failed.length === 0, `${failed.length} emails marked FAILED`);
    expect(problems, stored.every(isComplete), "requests half-written or not delivered");
    expect(problems, delivery.missing === 0, `${delivery.missing} verification emails never delivered`);
    expect(problems, delivery.repeatedOutsideWindow === 0, `${delivery.repeatedOutsideWindow} emails delivered twice`);
  });

  if (!isPostgres) {
    outcomes.push({ name: "database restart", passed: "n/a", figures: {}, problems: [] });
    console.log("N/A  database restart: the embedded database runs inside the server process (see the crash)");
  } else {
    await scenario("database restart under load (connections cut, refused, restored)", async (problems, figures) => {
      const url = new URL(database.env.DATABASE_URL!);
      const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      url.host = `127.0.0.1:${proxy.port}`;
      server = (await startServer({ ...serverEnv, DATABASE_URL: url.toString() })).child;
      const load = startLoad("dbdown", 4, 50);
      await sleep(1500);

      const health: { status: number; reachable?: boolean; at: number; answeredAt: number }[] = [];
      const watchHealth = async (until: () => boolean) => {
        while (!until()) {
          const started = performance.now();
          const response = await fetch(`${BASE}/api/health`, {
            ...monitoring,
            signal: AbortSignal.timeout(15_000),
          }).catch(() => undefined);
          const body = (await response?.json().catch(() => undefined)) as
            { database?: { reachable: boolean } } | undefined;
          health.push({
            status: response?.status ?? 0,
            reachable: body?.database?.reachable,
            at: started,
            answeredAt: performance.now(),
          });
          await sleep(200);
        }
      };
      let restored = false;
      const cutAt = performance.now();
      await proxy.cut();
      const watching = watchHealth(() => restored);
      await sleep(outageMs);
      const restoreAt = performance.now();
      const sentDuringOutage = new Map(smtp.received);
      await proxy.restore();
      restored = true;
      await watching;

      let healthyAt: number | undefined;
      while (performance.now() - restoreAt < 60_000) {
        const response = await fetch(`${BASE}/api/health`).catch(() => undefined);
        if (response?.status === 200) {
          healthyAt = performance.now();
          break;
        }
        await sleep(100);
      }
      await sleep(2000);
      await load.stop();
      // Requests answered during the outage (in flight when it began, or sent while it lasted).
      const outageAnswers = load.results.filter((r) => r.at + r.ms >= cutAt && r.at < restoreAt && r.status !== 202);
      const after = load.results.filter((r) => healthyAt !== undefined && r.at >= healthyAt);
      const acknowledged = load.acknowledged().map((r) => r.email);
      const deliverySeconds = await awaitDelivery(smtp, acknowledged);
      await endServer(server, "SIGTERM");
      server = undefined;
      await proxy.close();

      const stored = await storedCases("dbdown");
      const byEmail = new Map(stored.map((c) => [c.email, c]));
      const lost = acknowledged.filter((e) => !byEmail.has(e));
      const delivery = deliveryOf(smtp, stored, sentDuringOutage);
      // Checks answered while the outage lasted: one sent just before the restore may rightly see it restored.
      const outageHealth = health.filter((h) => h.answeredAt < restoreAt);
      const not503 = outageAnswers.filter((r) => r.status !== 503 || r.code !== "UNAVAILABLE" || !r.retryAfter);
      Object.assign(figures, {
        outageSeconds: seconds(restoreAt - cutAt),
        healthChecksDuringOutage: outageHealth.length,
        intakeAnswersDuringOutage: outageAnswers.length,
        slowestOutageAnswerMs: Math.round(Math.max(0, ...outageAnswers.map((r) => r.ms))),
        secondsUntilHealthy: healthyAt ? seconds(healthyAt - restoreAt) : null,
        acknowledgedAfterRestore: after.filter((r) => r.status === 202).length,
        acknowledged: acknowledged.length,
        emailsDelivered: delivery.delivered,
        secondsUntilAllDelivered: deliverySeconds,
        repeatedInAtLeastOnceWindow: delivery.repeatedInWindow,
      });
      expect(
        problems,
        outageHealth.length > 0 && outageHealth.every((h) => h.status === 503 && h.reachable === false),
        `health during the outage: ${[...new Set(outageHealth.map((h) => h.status))].join(", ")}`,
      );
      expect(problems, outageAnswers.length > 0, "no intake request was answered during the outage");
      expect(
        problems,
        not503.length === 0,
        `${not503.length} intake answers during the outage were not 503 UNAVAILABLE with Retry-After (${[...new Set(not503.map((r) => r.status))].join(", ")})`,
      );
      expect(problems, healthyAt !== undefined, "health did not return to 200 without a restart");
      expect(
        problems,
        after.length > 0 && after.every((r) => r.status === 202),
        `after the outage: ${after.filter((r) => r.status !== 202).length} of ${after.length} requests refused`,
      );
      expect(problems, lost.length === 0, `${lost.length} acknowledged requests lost`);
      expect(problems, stored.every(isComplete), "requests half-written or not delivered");
      expect(problems, delivery.missing === 0, `${delivery.missing} verification emails never delivered`);
      expect(
        problems,
        delivery.repeatedOutsideWindow === 0,
        `${delivery.repeatedOutsideWindow} emails delivered twice`,
      );
      expect(problems, delivery.repeatedInWindow <= DELIVERY_CONCURRENCY, "more repeats than delivery slots");
    });
  }
} finally {
  if (server) await endServer(server, "SIGKILL");
  await smtp.stop();
  await database.cleanUp();
  if (database.env.DATA_DIR) rmSync(database.env.DATA_DIR, { recursive: true, force: true });
}

const passed = outcomes.filter((o) => o.passed === true).length;
const failed = outcomes.filter((o) => o.passed === false).length;
const notApplicable = outcomes.filter((o) => o.passed === "n/a").length;
console.log(`Faults: ${passed} passed, ${failed} failed${notApplicable ? `, ${notApplicable} not applicable` : ""}`);
process.exit(failed === 0 ? 0 : 1);
