import { spawn, type ChildProcess } from "node:child_process";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { migrateTarget } from "@/lib/db/bootstrap";
import { DEFAULT_POSTGRES_URL } from "./audit-writers";
import { intakeBody, type RouteFigures } from "./intake";
import { prepareBenchDatabase } from "./support/bench-database";
import { measureLoad } from "./support/measure";
import { startProductionServer, stopServer } from "./support/server";
import { startSmtpSink } from "./support/smtp-sink";

/**
 * Whether a second web server raises the intake's throughput: on one PostgreSQL database, web servers
 * with WORKER_IN_SERVER=false and one `npm run worker` sending their emails. The intake is driven through
 * one server (20 connections), then through two at once (10 connections each), in the same run.
 */

const PORTS = [3320, 3321] as const;

export interface ScaleOutFigures {
  oneServer: RouteFigures;
  twoServers: { perServer: RouteFigures[]; requestsPerSecond: number };
  /** Two servers' requests/s over one server's, same run. */
  ratio: number;
  emailsDelivered: number;
  cores: number;
}

function startWorker(env: Record<string, string | undefined>): ChildProcess {
  return spawn("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/worker.ts"], {
    env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function intakeLoad(port: number, connections: number, duration: number): Promise<RouteFigures> {
  const { requestsPerSecond, p95, errors, non2xx } = await measureLoad({
    url: `http://127.0.0.1:${port}/api/v1/requests`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: intakeBody("scale-out@example.com"),
    connections,
    duration,
  });
  return { requestsPerSecond: Math.round(requestsPerSecond), p95, errors, non2xx };
}

export async function benchScaleOut(options: {
  duration: number;
  serverUrl?: string;
}): Promise<ScaleOutFigures | { skipped: string }> {
  const serverUrl = options.serverUrl ?? DEFAULT_POSTGRES_URL;
  const probe = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    await probe.end();
  } catch {
    return { skipped: `scale-out skipped: it needs PostgreSQL, and no server answers at ${new URL(serverUrl).host}` };
  }
  const database = await prepareBenchDatabase(serverUrl);
  await migrateTarget(database.target);
  const smtp = await startSmtpSink();
  const env = {
    ...database.env,
    SMTP_URL: smtp.url,
    OUTBOX_POLL_MS: "100",
    WORKER_IN_SERVER: "false",
    INTAKE_LIMIT_PER_IP_HOUR: "1000000",
    INTAKE_LIMIT_PER_EMAIL_DAY: "1000000",
    VERIFICATION_EMAILS_PER_ADDRESS_DAY: "1000000",
    // Shares the intake bench's build (.next-bench) instead of building a second copy.
    BENCH_BUILD: "true",
  };
  const children: ChildProcess[] = [];
  try {
    children.push(startWorker(env));
    children.push(await startProductionServer(PORTS[0], env));
    // Warm-up, so neither measurement pays a cold server's first requests.
    await intakeLoad(PORTS[0], 10, 2);
    const oneServer = await intakeLoad(PORTS[0], 20, options.duration);
    children.push(await startProductionServer(PORTS[1], env));
    await intakeLoad(PORTS[1], 10, 2);
    const perServer = await Promise.all(PORTS.map((port) => intakeLoad(port, 10, options.duration)));
    const requestsPerSecond = perServer.reduce((sum, r) => sum + r.requestsPerSecond, 0);
    return {
      oneServer,
      twoServers: { perServer, requestsPerSecond },
      ratio: Math.round((requestsPerSecond / oneServer.requestsPerSecond) * 100) / 100,
      emailsDelivered: smtp.received.get("scale-out@example.com") ?? 0,
      cores: cpus().length,
    };
  } finally {
    for (const child of children) stopServer(child);
    await new Promise((r) => setTimeout(r, 1500));
    await smtp.stop();
    await database.cleanUp();
  }
}

export function printScaleOut(result: ScaleOutFigures | { skipped: string }, duration: number): void {
  if ("skipped" in result) {
    console.log(result.skipped);
    return;
  }
  const row = (r: RouteFigures) => ({ "req/s": r.requestsPerSecond, "p95 ms": r.p95, errors: r.errors + r.non2xx });
  console.log(
    `\nIntake on PostgreSQL, web servers with WORKER_IN_SERVER=false and one worker, ${duration} s each, load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.table({
    "one server (20 connections)": row(result.oneServer),
    "two servers: first (10 connections)": row(result.twoServers.perServer[0]!),
    "two servers: second (10 connections)": row(result.twoServers.perServer[1]!),
  });
  console.log(
    `two servers ${result.twoServers.requestsPerSecond} req/s / one server ${result.oneServer.requestsPerSecond} req/s = ${result.ratio}`,
  );
  console.log(`${result.emailsDelivered} verification emails delivered by the worker during the run`);
  console.log(
    `note: this machine has ${result.cores} cores, shared by both servers, the worker, PostgreSQL and the load generator: ` +
      "one server's JavaScript runs on about one core, so a second can take another from the rest, and no more; " +
      "the database-level ceiling is the audit-writers bench (--only audit)",
  );
}
