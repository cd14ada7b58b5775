// The fulfilment benchmark (npm run bench -- --only fulfilment): confirmed deletion cases fanned out to
// webhook systems and delivered to the test receiver (tests/support/webhook-receiver.ts, its own process)
// by the webhook worker: 2 workers on PostgreSQL (BENCH_DATABASE_URL), 1 on the embedded database.
// Prints deliveries per second, p95 from task creation to delivery, the ratio to a bare loop posting the
// same signed bodies from one process (target >= 0.5), and the confirming step's time with the systems
// versus none (target <= 1.2x), all from one run. Size: --fulfilment-cases (default 1000) and
// --fulfilment-systems (default 10), or FULFILMENT_BENCH_CASES / FULFILMENT_BENCH_SYSTEMS for a tiny run.
import { performance } from "node:perf_hooks";
import {
  runWebhooksOnce,
  startWebhookWorker,
  webhookSettingsFrom,
  type WebhookSettings,
} from "@/lib/jobs/webhook-worker";
import { deliveryBody, loadTasksForBodies } from "@/lib/server/webhooks/delivery-body";
import { signatureHeader } from "@/lib/server/webhooks/delivery-rules";
import { newWebhookId } from "@/lib/server/webhooks/enqueue-delivery";
import { postToTarget } from "@/lib/server/webhooks/safe-target";
import { startReceiver } from "../tests/support/receiver-process";
import { confirmCase, createBenchSystems, openFulfilmentBench, percentile } from "./support/fulfilment-setup";

export interface FulfilmentFigures {
  backend: string;
  workers: number;
  cases: number;
  systems: number;
  deliveries: number;
  delivered: number;
  /** Delivered in the throughput phase (the queue the workers drained), over `seconds`. */
  drained: number;
  seconds: number;
  deliveriesPerSecond: number;
  p50CreationToDeliveryMs: number;
  p95CreationToDeliveryMs: number;
  bareLoopPerSecond: number;
  ratioToBareLoop: number;
  confirmNoSystemsMs: number;
  confirmWithSystemsMs: number;
  confirmRatio: number;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchFulfilment(options: { cases: number; systems: number }): Promise<FulfilmentFigures> {
  const bench = await openFulfilmentBench();
  const receiver = await startReceiver();
  const backend = bench.database.target.kind === "postgres" ? "PostgreSQL" : "embedded";
  const workers = bench.database.target.kind === "postgres" ? 2 : 1;
  try {
    const settings: WebhookSettings = {
      ...webhookSettingsFrom({ APP_URL: "http://127.0.0.1:3000", NODE_ENV: "development" }),
      retryBaseMs: 200,
    };
    // 1. The confirming step without systems and with them, alternating (the same database size and
    // warmth for both), with no worker running: its own cost only. Systems are switched off for "without".
    const sample = Math.max(5, Math.min(100, Math.round(options.cases / 10)));
    const systems = await createBenchSystems(bench.prisma, options.systems, `${receiver.url}/hook`);
    await receiver.mode({ secrets: systems.map((s) => s.secret) });
    const ids = systems.map((s) => s.id);
    const setActive = (active: boolean) =>
      bench.prisma.dataSystem.updateMany({ where: { id: { in: ids } }, data: { active } });
    for (let i = 0; i < 3; i++) await confirmCase(bench); // warm-up
    const without: number[] = [];
    const withSystems: number[] = [];
    for (let i = 0; i < sample; i++) {
      await setActive(false);
      without.push((await confirmCase(bench)).ms);
      await setActive(true);
      withSystems.push((await confirmCase(bench)).ms);
    }
    const others = Array.from({ length: workers - 1 }, () => bench.another());
    const workerClients = [bench.prisma, ...others.map((o) => o.prisma)];
    const drain = async () => {
      const all = await Promise.all(
        workerClients.map(async (prisma) => {
          let n = 0;
          for (;;) {
            const r = await runWebhooksOnce(prisma, settings);
            n += r.delivered + r.retry + r.failed;
            if (r.delivered + r.retry + r.failed === 0) return n;
          }
        }),
      );
      return all.reduce((a, b) => a + b, 0);
    };
    await drain(); // the sample's deliveries, outside the measured windows
    await receiver.reset();

    // 2. Latency: the workers run while a tenth of the cases are confirmed; creation to delivery per task.
    const latencyCases = Math.max(1, Math.round(options.cases / 10));
    const latencyStart = new Date();
    const running = workerClients.map((prisma) => startWebhookWorker(prisma, settings, 100));
    for (let i = 0; i < latencyCases; i++) await confirmCase(bench);
    const latencyExpected = latencyCases * options.systems;
    const deadline = performance.now() + 10 * 60_000;
    while (
      (await bench.prisma.webhookDelivery.count({ where: { status: "DELIVERED", createdAt: { gte: latencyStart } } })) <
        latencyExpected &&
      performance.now() < deadline
    ) {
      await wait(50);
    }
    await Promise.all(running.map((w) => w.stop()));
    const latencyRows = await bench.prisma.webhookDelivery.findMany({
      where: { createdAt: { gte: latencyStart } },
      select: { deliveredAt: true, task: { select: { createdAt: true } } },
    });
    const latencies = latencyRows.flatMap((r) =>
      r.deliveredAt && r.task ? [r.deliveredAt.getTime() - r.task.createdAt.getTime()] : [],
    );

    // 3. Throughput: the other cases are confirmed with no worker running, then the workers drain the queue.
    const restCases = options.cases - latencyCases;
    const windowStart = new Date();
    for (let i = 0; i < restCases; i++) await confirmCase(bench);
    const started = performance.now();
    await drain();
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(others.map((o) => o.close()));
    const rows = await bench.prisma.webhookDelivery.findMany({
      where: { createdAt: { gte: latencyStart } },
      select: { status: true, createdAt: true },
    });
    const drained = rows.filter((r) => r.createdAt >= windowStart && r.status === "DELIVERED").length;
    const delivered = rows.filter((r) => r.status === "DELIVERED");
    const expected = options.cases * options.systems;

    // 3. The bare loop: the same signed bodies posted from this process with as many in flight as the workers.
    const tasks = await loadTasksForBodies(
      bench.prisma,
      (
        await bench.prisma.fulfilmentTask.findMany({
          where: { createdAt: { gte: windowStart } },
          select: { id: true },
          take: expected,
        })
      ).map((t) => t.id),
    );
    const secrets = [systems[0]!.secret];
    const rules = { allowedPrivateHosts: [], allowLoopback: true };
    let next = 0;
    const bareStarted = performance.now();
    let bareOk = 0;
    await Promise.all(
      Array.from({ length: settings.concurrency * workers }, async () => {
        while (next < tasks.length) {
          const task = tasks[next++]!;
          const id = newWebhookId();
          const now = new Date();
          const body = JSON.stringify(
            deliveryBody({ eventType: "task.created", systemId: ids[0]! }, task, settings.appUrl, now),
          );
          const outcome = await postToTarget(
            `${receiver.url}/hook`,
            rules,
            {
              "webhook-id": id,
              "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
              "webhook-signature": signatureHeader(secrets, id, now, body),
            },
            body,
            settings.timeoutMs,
          );
          if (outcome.kind === "answered" && outcome.status === 200) bareOk++;
        }
      }),
    );
    const bareSeconds = (performance.now() - bareStarted) / 1000;
    const bareLoopPerSecond = Math.round(bareOk / bareSeconds);
    const deliveriesPerSecond = Math.round(drained / Math.max(0.001, seconds));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
    const confirmNoSystemsMs = Math.round(mean(without) * 10) / 10;
    const confirmWithSystemsMs = Math.round(mean(withSystems) * 10) / 10;
    return {
      backend,
      workers,
      cases: options.cases,
      systems: options.systems,
      deliveries: Math.max(rows.length, expected),
      delivered: delivered.length,
      seconds: Math.round(seconds * 10) / 10,
      drained,
      deliveriesPerSecond,
      p50CreationToDeliveryMs: Math.round(percentile(latencies, 50)),
      p95CreationToDeliveryMs: Math.round(percentile(latencies, 95)),
      bareLoopPerSecond,
      ratioToBareLoop: Math.round((deliveriesPerSecond / Math.max(1, bareLoopPerSecond)) * 100) / 100,
      confirmNoSystemsMs,
      confirmWithSystemsMs,
      confirmRatio: Math.round((confirmWithSystemsMs / Math.max(0.001, confirmNoSystemsMs)) * 100) / 100,
    };
  } finally {
    await receiver.stop();
    await bench.close();
  }
}

export function printFulfilment(f: FulfilmentFigures): void {
  console.log(
    `\nFulfilment (${f.backend}, ${f.workers} webhook worker${f.workers > 1 ? "s" : ""}): ${f.cases} cases x ${f.systems} systems`,
  );
  console.log(
    `  deliveries: ${f.delivered} of ${f.deliveries} delivered; a queue of ${f.drained} drained in ${f.seconds} s = ${f.deliveriesPerSecond}/s`,
  );
  console.log(
    `  task creation to delivery (workers running while cases are confirmed): p50 ${f.p50CreationToDeliveryMs} ms, p95 ${f.p95CreationToDeliveryMs} ms`,
  );
  console.log(
    `  bare loop (same signed bodies, one process): ${f.bareLoopPerSecond}/s; ratio ${f.ratioToBareLoop} (target >= 0.5)`,
  );
  console.log(
    `  confirming a case (the emailed link): ${f.confirmNoSystemsMs} ms without systems, ${f.confirmWithSystemsMs} ms with ${f.systems}; ratio ${f.confirmRatio} (target <= 1.2)`,
  );
}
