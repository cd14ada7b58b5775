// The webhook fault check (run by npm run test:faults after bench/fault-check.ts, or alone with
// `tsx --tsconfig tsconfig.node.json bench/webhook-fault-check.ts`): cases are confirmed and fanned out to
// webhook systems while the receiver (tests/support/webhook-receiver.ts, its own process) answers 500 for a
// fifth of the deliveries and is killed for --outage-seconds (default 10) in the middle, then started again
// on the same port. Passes when every task's delivery is DELIVERED, every delivery marked DELIVERED reached
// the receiver (none lost), and any repeat the receiver saw carried the same webhook-id as the first copy
// (the documented at-least-once rule: one message per task, repeated only under its own id).
// Size: --cases (default 200) x --systems (default 5), or WEBHOOK_FAULT_CASES / WEBHOOK_FAULT_SYSTEMS.
// On the embedded database by default (1 worker); on PostgreSQL with BENCH_DATABASE_URL (2 workers).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { startWebhookWorker, webhookSettingsFrom, type WebhookSettings } from "@/lib/jobs/webhook-worker";
import { startReceiver, type ReceiverProcess } from "../tests/support/receiver-process";
import { confirmCase, createBenchSystems, openFulfilmentBench } from "./support/fulfilment-setup";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: process.env.WEBHOOK_FAULT_CASES ?? "200" },
    systems: { type: "string", default: process.env.WEBHOOK_FAULT_SYSTEMS ?? "5" },
    "outage-seconds": { type: "string", default: process.env.WEBHOOK_FAULT_OUTAGE_SECONDS ?? "10" },
    "fail-rate": { type: "string", default: "0.2" },
  },
});
const cases = Number(values.cases);
const systemCount = Number(values.systems);
const outageMs = Number(values["outage-seconds"]) * 1000;
const failRate = values["fail-rate"];

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const problems: string[] = [];
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem);
};

const recordDir = mkdtempSync(path.join(tmpdir(), "rightsdesk-webhook-faults-"));
const recordFile = path.join(recordDir, "received.txt");
writeFileSync(recordFile, "");
const bench = await openFulfilmentBench();
const workers = bench.database.target.kind === "postgres" ? 2 : 1;
let receiver: ReceiverProcess | undefined;
const others = Array.from({ length: workers - 1 }, () => bench.another());
const running: { stop(): Promise<void> }[] = [];
try {
  console.log(
    `Webhook faults (${bench.database.target.kind}, ${workers} worker${workers > 1 ? "s" : ""}): ${cases} cases x ${systemCount} systems, ` +
      `500 for ${Number(failRate) * 100}% of deliveries, receiver down ${outageMs / 1000} s`,
  );
  receiver = await startReceiver({ FAIL_RATE: failRate, RECORD_FILE: recordFile });
  const port = receiver.port;
  const systems = await createBenchSystems(bench.prisma, systemCount, `${receiver.url}/hook`);
  const secrets = systems.map((s) => s.secret).join(" ");
  await receiver.mode({ secrets: systems.map((s) => s.secret), failRate: Number(failRate) });
  // Enough attempts, quickly enough, to outlast the outage: 100 ms doubling (with jitter) up to 2 s between
  // attempts, so a delivery that meets the outage and then a few 500s is not left waiting minutes.
  await bench.prisma.fulfilmentPolicy.upsert({
    where: { id: 1 },
    create: { id: 1, maxDeliveryAttempts: 30 },
    update: { maxDeliveryAttempts: 30 },
  });
  const settings: WebhookSettings = {
    ...webhookSettingsFrom({ APP_URL: "http://127.0.0.1:3000", NODE_ENV: "development" }),
    retryBaseMs: 100,
    retryCapMs: 2000,
    timeoutMs: 2000,
    leaseMs: 20_000,
  };
  for (const prisma of [bench.prisma, ...others.map((o) => o.prisma)])
    running.push(startWebhookWorker(prisma, settings, 100));

  const started = performance.now();
  let outage: Promise<void> | undefined;
  for (let i = 0; i < cases; i++) {
    if (i === Math.floor(cases / 3) && !outage) {
      // The receiver dies mid-load and comes back on the same port after the outage.
      const down = receiver;
      outage = (async () => {
        await down.kill();
        console.log(`  receiver killed at ${Math.round(performance.now() - started)} ms`);
        await wait(outageMs);
        receiver = await startReceiver({
          PORT: String(port),
          FAIL_RATE: failRate,
          SECRETS: secrets,
          RECORD_FILE: recordFile,
        });
        console.log(`  receiver back at ${Math.round(performance.now() - started)} ms`);
      })();
    }
    await confirmCase(bench);
  }
  await outage;
  const expected = cases * systemCount;
  const deadline = performance.now() + 5 * 60_000;
  for (;;) {
    const open = await bench.prisma.webhookDelivery.count({ where: { status: { in: ["PENDING", "SENDING"] } } });
    if (open === 0 || performance.now() > deadline) break;
    await wait(200);
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  await Promise.all(running.splice(0).map((w) => w.stop()));

  const deliveries = await bench.prisma.webhookDelivery.findMany({
    select: { id: true, taskId: true, status: true, attempts: true },
  });
  const tasks = await bench.prisma.fulfilmentTask.findMany({ select: { id: true, state: true } });
  const lines = readFileSync(recordFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split(" ") as [string, string]);
  const receivedIds = new Map<string, number>();
  const idsByTask = new Map<string, Set<string>>();
  for (const [id, taskId] of lines) {
    receivedIds.set(id, (receivedIds.get(id) ?? 0) + 1);
    if (!idsByTask.has(taskId)) idsByTask.set(taskId, new Set());
    idsByTask.get(taskId)!.add(id);
  }
  const delivered = deliveries.filter((d) => d.status === "DELIVERED");
  const lost = delivered.filter((d) => !receivedIds.has(d.id));
  const repeats = [...receivedIds.values()].reduce((n, c) => n + c - 1, 0);
  const tasksWithTwoIds = [...idsByTask.values()].filter((s) => s.size > 1).length;
  const perTask = new Map<string, number>();
  for (const d of deliveries) if (d.taskId) perTask.set(d.taskId, (perTask.get(d.taskId) ?? 0) + 1);
  const retried = deliveries.filter((d) => d.attempts > 1).length;
  const attempts = deliveries.reduce((n, d) => n + d.attempts, 0);

  console.log(
    `  ${delivered.length} of ${expected} delivered in ${seconds} s; ${retried} needed more than one attempt; ` +
      `${attempts} attempts in all; ${repeats} repeats at the receiver (same webhook-id)`,
  );
  check(tasks.length === expected, `${tasks.length} tasks made, ${expected} expected`);
  check(
    deliveries.length === expected && [...perTask.values()].every((n) => n === 1),
    "not exactly one delivery per task",
  );
  check(
    delivered.length === expected,
    `${expected - delivered.length} deliveries not delivered (${deliveries.filter((d) => d.status === "FAILED").length} FAILED)`,
  );
  check(lost.length === 0, `${lost.length} deliveries marked DELIVERED never reached the receiver`);
  check(tasksWithTwoIds === 0, `${tasksWithTwoIds} tasks reached the receiver under two webhook-ids`);
  check(retried > 0, "no delivery was retried: the faults did not happen");
  check(
    tasks.every((t) => t.state === "OPEN"),
    "a task changed state although every delivery was accepted",
  );
} finally {
  await Promise.all(running.map((w) => w.stop()));
  await Promise.all(others.map((o) => o.close()));
  await receiver?.stop();
  await bench.close();
  rmSync(recordDir, { recursive: true, force: true });
}

for (const p of problems) console.log(`  FAILED: ${p}`);
console.log(`Webhook faults: ${problems.length === 0 ? "passed" : "failed"}`);
process.exit(problems.length === 0 ? 0 : 1);
