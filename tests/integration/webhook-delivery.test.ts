import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as postResult } from "@/app/api/v1/tasks/[id]/result/route";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { parseEnv } from "@/lib/config/env";
import { startBackgroundJobs } from "@/lib/jobs/background-jobs";
import {
  claimDueDeliveries,
  runWebhooksOnce,
  startWebhookWorker,
  type WebhookSettings,
} from "@/lib/jobs/webhook-worker";
import { checkTarget } from "@/lib/server/webhooks/safe-target";
import { addSigningSecret, addWebhookTask, createWebhookSystem } from "../support/fulfilment";
import { logCase } from "../support/log-case";
import { startReceiver, type ReceiverProcess } from "../support/receiver-process";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const settings: WebhookSettings = {
  appUrl: "http://rightsdesk.test",
  retryBaseMs: 1,
  retryCapMs: 1000,
  leaseMs: 30_000,
  batchSize: 20,
  // Generous: a pass on a busy machine must not read as a timeout (the timeout test sets its own).
  timeoutMs: 5_000,
  concurrency: 4,
  production: false,
};

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("webhook delivery", () => {
  let database: TestDatabase;
  let receiver: ReceiverProcess;
  let caseId: string;
  let officer: Awaited<ReturnType<typeof createStaff>>;

  async function drain(opts: Partial<WebhookSettings> = {}) {
    for (let pass = 0; pass < 50; pass++) {
      const r = await runWebhooksOnce(database.prisma, { ...settings, ...opts });
      const pending = await database.prisma.webhookDelivery.count({
        where: { status: { in: ["PENDING", "SENDING"] } },
      });
      if (r.delivered + r.retry + r.failed === 0 && pending === 0) return;
      await wait(5);
    }
  }

  async function newCase(type = "CORRECTION") {
    const logged = await logCase(
      {
        type,
        regime: "EU_GDPR",
        channel: "EMAIL",
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        requester: { email: "jo.subject@example.com", name: "Jo Subject" },
      },
      officer,
    );
    return logged.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    officer = await createStaff(database.prisma);
    caseId = await newCase();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.stop();
    await database.drop();
  });
  beforeEach(async () => {
    await receiver.reset();
    await database.prisma.webhookDelivery.deleteMany();
    await database.prisma.fulfilmentTask.deleteMany();
    await database.prisma.fulfilmentPolicy.deleteMany();
  });

  async function system(path = "/hook") {
    const s = await createWebhookSystem(database.prisma, { url: `${receiver.url}${path}` });
    await receiver.mode({ secrets: [s.signingSecret] });
    return s;
  }

  it("posts a signed Standard Webhooks message the receiver verifies, with what the system needs", async () => {
    const s = await system();
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "CORRECTION");
    await drain();
    const state = await receiver.state();
    expect(state.refused).toBe(0);
    expect(state.received).toHaveLength(1);
    const got = state.received[0]!;
    expect(got.id).toBe(deliveryId);
    const body = got.body as { type: string; data: Record<string, unknown> };
    expect(body.type).toBe("task.created");
    expect(body.data).toMatchObject({
      taskId,
      kind: "CORRECTION",
      regime: "EU_GDPR",
      subject: { email: "jo.subject@example.com" },
      correction: { item: "Postal address", after: "2 New Street" },
      instruction: { key: "correct", args: { item: "Postal address", to: "2 New Street" } },
      resultUrl: `http://rightsdesk.test/api/v1/tasks/${taskId}/result`,
    });
    const row = await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200, lastError: null });
    expect(row.lastLatencyMs).not.toBeNull();
    expect(row.deliveredAt).not.toBeNull();
  });

  it("a receiver holding another secret refuses the message (401), which fails the delivery for staff to see", async () => {
    const s = await system();
    await receiver.mode({ secrets: ["whsec_" + Buffer.from("not the secret at all 123").toString("base64")] });
    const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await runWebhooksOnce(database.prisma, settings);
    expect((await receiver.state()).refused).toBe(1);
    const row = await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    // 401 is a 4xx: the system said no, so the task goes back to staff.
    expect(row.status).toBe("FAILED");
    expect(row.lastStatusCode).toBe(401);
  });

  it("does not send a task's message once the task was waived or finished while it waited for a retry", async () => {
    const s = await system();
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    // Waived by an officer while the message was waiting (the system gets task.cancelled instead).
    await database.prisma.fulfilmentTask.update({
      where: { id: taskId },
      data: { state: "WAIVED", reason: "Not used for this customer", finishedAt: new Date(), finishedBy: "STAFF" },
    });
    await runWebhooksOnce(database.prisma, settings);
    expect((await receiver.state()).received).toHaveLength(0);
    const row = await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: "FAILED", lastError: "task no longer open" });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("WAIVED");
  });

  it("retries 500s with the same webhook-id until the receiver takes it", async () => {
    const s = await system();
    await receiver.mode({ secrets: [s.signingSecret], status: 500, body: "busy" });
    const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await runWebhooksOnce(database.prisma, settings);
    await wait(10);
    await runWebhooksOnce(database.prisma, settings);
    let row = await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2, lastStatusCode: 500, lastError: "HTTP 500" });
    await receiver.mode({ secrets: [s.signingSecret] });
    await drain();
    row = await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 3 });
    expect((await receiver.state()).received.map((r) => r.id)).toEqual([deliveryId]);
  });

  it("retries after a timeout and after a closed connection", async () => {
    const s = await system();
    await receiver.mode({ secrets: [s.signingSecret], delayMs: 1500 });
    const timedOut = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await runWebhooksOnce(database.prisma, { ...settings, timeoutMs: 300 });
    expect(
      await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: timedOut.deliveryId } }),
    ).toMatchObject({
      status: "PENDING",
      lastError: "timeout",
    });
    await receiver.mode({ secrets: [s.signingSecret], close: true });
    // Past the receiver's delayed answer, so it does not reach a later test.
    await wait(1500);
    await runWebhooksOnce(database.prisma, settings);
    expect(
      await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: timedOut.deliveryId } }),
    ).toMatchObject({
      status: "PENDING",
      attempts: 2,
      lastError: "connection closed",
    });
    await receiver.mode({ secrets: [s.signingSecret] });
    await drain();
    expect(
      await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: timedOut.deliveryId } }),
    ).toMatchObject({
      status: "DELIVERED",
    });
  });

  it("a 4xx fails the delivery and the task at once, keeping the answer's first 1 KB for staff", async () => {
    const s = await system();
    await receiver.mode({ secrets: [s.signingSecret], status: 422, body: "x".repeat(3000) });
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await runWebhooksOnce(database.prisma, settings);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastStatusCode: 422,
    });
    const task = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task.state).toBe("FAILED");
    expect(task.responseExcerpt).toBe("x".repeat(1024));
    const events = await database.prisma.auditEvent.findMany({ where: { type: "task.delivery_failed", caseId } });
    expect(events.at(-1)?.data).toMatchObject({ taskId, deliveryId, statusCode: 422 });
  });

  it("gives up after the policy's attempts", async () => {
    await database.prisma.fulfilmentPolicy.create({ data: { id: 1, maxDeliveryAttempts: 3 } });
    const s = await system();
    await receiver.mode({ secrets: [s.signingSecret], status: 503 });
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await drain();
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      attempts: 3,
    });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("FAILED");
  });

  it("never follows a redirect", async () => {
    const s = await system();
    await receiver.mode({ secrets: [s.signingSecret], redirect: `${receiver.url}/elsewhere` });
    const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await runWebhooksOnce(database.prisma, settings);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      lastStatusCode: 302,
    });
    expect((await receiver.state()).received).toHaveLength(0);
  });

  it("refuses private and link-local targets unless an administrator allowed the host, and loopback in production", async () => {
    const s = await createWebhookSystem(database.prisma, { url: "http://169.254.169.254/latest/meta-data" });
    const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await runWebhooksOnce(database.prisma, settings);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "refused: private address",
      lastStatusCode: null,
    });
    const noRules = { allowedPrivateHosts: [], allowLoopback: false };
    expect(await checkTarget("http://10.1.2.3/x", noRules)).toMatchObject({ ok: false });
    expect(await checkTarget("http://[fd00::1]/x", noRules)).toMatchObject({ ok: false });
    expect(await checkTarget("http://[::ffff:192.168.0.1]/x", noRules)).toMatchObject({ ok: false });
    expect(await checkTarget("http://localhost:9/x", noRules)).toMatchObject({ ok: false });
    expect(await checkTarget(`${receiver.url}/x`, noRules)).toMatchObject({
      ok: false,
      reason: "refused: loopback address",
    });
    expect(
      await checkTarget(`${receiver.url}/x`, { allowedPrivateHosts: ["127.0.0.1"], allowLoopback: false }),
    ).toMatchObject({ ok: true });
    expect(
      await checkTarget("http://10.1.2.3/x", { allowedPrivateHosts: ["10.1.2.3"], allowLoopback: false }),
    ).toMatchObject({ ok: true });
    expect(await checkTarget("http://93.184.215.14/x", noRules)).toMatchObject({ ok: true, address: "93.184.215.14" });
  });

  it("in production posts only to https, even to a URL saved before the form refused http", async () => {
    const s = await system();
    const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    // The receiver's host allowed as a private host, so only the scheme stands in the way.
    await database.prisma.fulfilmentPolicy.create({ data: { id: 1, allowedPrivateHosts: ["127.0.0.1"] } });
    await runWebhooksOnce(database.prisma, { ...settings, production: true });
    expect((await receiver.state()).received).toHaveLength(0);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      lastError: "not https",
    });
  });

  it("signs with every active secret during a rotation, so receivers holding either one verify", async () => {
    const s = await system();
    const next = await addSigningSecret(database.prisma, s.id);
    await addSigningSecret(database.prisma, s.id, new Date(Date.now() - 1000)); // retired: not used
    await receiver.mode({ secrets: [s.signingSecret, next] });
    await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await drain();
    const got = (await receiver.state()).received;
    expect(got).toHaveLength(1);
    expect(got[0]!.verifiedWith).toEqual([0, 1]);
  });

  it("a synchronous system's 2xx answer with a result finishes the task", async () => {
    const s = await system();
    await receiver.mode({ secrets: [s.signingSecret], sync: true });
    const { taskId } = await addWebhookTask(database.prisma, caseId, s.id, "CORRECTION");
    await drain();
    const task = await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } });
    expect(task).toMatchObject({ state: "DONE", result: "CORRECTED", finishedBy: "SYSTEM" });
  });

  it("a result in a 2xx answer that does not fit the task is not taken, and the delivery still counts", async () => {
    const s = await system();
    await receiver.mode({
      secrets: [s.signingSecret],
      status: 200,
      body: JSON.stringify({ state: "DONE", result: "DELETED" }),
    });
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "CORRECTION");
    await drain();
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "DELIVERED",
      lastError: "result in answer refused: VALIDATION",
    });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("OPEN");
  });

  it("sends an objection to direct marketing ahead of every older delivery still waiting", async () => {
    const s = await system();
    const backlog = [];
    for (let i = 0; i < 3; i++)
      backlog.push(await addWebhookTask(database.prisma, await newCase("DELETION"), s.id, "DELETION"));
    await database.prisma.dataSystem.update({ where: { id: s.id }, data: { requestTypes: ["OBJECTION"] } });
    // Confirming the objection (logged by staff) makes its task and queues the delivery behind the backlog.
    const objection = await newCase("OBJECTION");
    await database.prisma.dataSystem.update({ where: { id: s.id }, data: { requestTypes: [] } });
    const task = await database.prisma.fulfilmentTask.findFirstOrThrow({ where: { caseId: objection } });
    const [first] = await claimDueDeliveries(database.prisma, { ...settings, batchSize: 1 });
    expect(first?.taskId).toBe(task.id);
    // Sent one at a time, it goes out first and the backlog after it.
    await database.prisma.webhookDelivery.update({
      where: { id: first!.id },
      data: { status: "PENDING", attempts: 0 },
    });
    await drain({ batchSize: 1, concurrency: 1 });
    const [sentFirst, ...rest] = (await receiver.state()).received.map((r) => r.taskId);
    expect(sentFirst).toBe(task.id);
    expect(rest.sort()).toEqual(backlog.map((b) => b.taskId).sort());
  });

  it("sends nothing whose lease would run out before its post could end, and gives it back to the queue", async () => {
    const s = await system();
    const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    const result = await runWebhooksOnce(database.prisma, { ...settings, leaseMs: settings.timeoutMs + 1000 });
    expect(result).toEqual({ delivered: 0, retry: 0, failed: 0 });
    expect((await receiver.state()).received).toEqual([]);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      lockedUntil: null,
    });
    await drain();
    expect((await receiver.state()).received.map((r) => r.id)).toEqual([deliveryId]);
  });

  it("sends nothing more to a system an administrator deactivated: its queued task comes back to staff", async () => {
    const s = await system();
    const { taskId, deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await database.prisma.dataSystem.update({ where: { id: s.id }, data: { active: false } });
    await drain();
    expect((await receiver.state()).received).toEqual([]);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "FAILED",
      lastError: "system switched off",
    });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("FAILED");
  });

  it("never sends an old 'stop' for a task staff gave again since", async () => {
    const s = await system();
    const { taskId } = await addWebhookTask(database.prisma, caseId, s.id, "DELETION");
    await database.prisma.webhookDelivery.updateMany({ where: { taskId }, data: { status: "DELIVERED" } });
    const stop = await database.prisma.webhookDelivery.create({
      data: {
        id: `msg_stop${taskId.replace(/-/g, "").slice(0, 28)}`,
        systemId: s.id,
        taskId,
        eventType: "task.cancelled",
      },
    });
    await drain();
    expect((await receiver.state()).received).toEqual([]);
    expect(await database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: stop.id } })).toMatchObject({
      status: "FAILED",
      lastError: "task open again",
    });
    expect((await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).state).toBe("OPEN");
  });

  it("two workers never send one delivery twice", async () => {
    const s = await system();
    const other = database.anotherConnection();
    const tasks = [];
    for (const id of await Promise.all([
      newCase("DELETION"),
      newCase("DELETION"),
      newCase("DELETION"),
      newCase("DELETION"),
    ])) {
      tasks.push(await addWebhookTask(database.prisma, id, s.id, "DELETION"));
    }
    await receiver.mode({ secrets: [s.signingSecret], delayMs: 100 });
    const many = { ...settings, batchSize: 2, concurrency: 1 };
    await Promise.all([
      (async () => {
        for (let i = 0; i < 4; i++) await runWebhooksOnce(database.prisma, many);
      })(),
      (async () => {
        for (let i = 0; i < 4; i++) await runWebhooksOnce(other.prisma, many);
      })(),
    ]);
    await other.close();
    const state = await receiver.state();
    expect(state.duplicates).toBe(0);
    expect(state.received.map((r) => r.id).sort()).toEqual(tasks.map((t) => t.deliveryId).sort());
    const rows = await database.prisma.webhookDelivery.findMany();
    expect(rows.every((r) => r.status === "DELIVERED" && r.attempts === 1)).toBe(true);
  });

  it("a running worker sends a queued delivery at once, without waiting for its poll", async () => {
    const s = await system();
    const worker = startWebhookWorker(database.prisma, settings, 60_000);
    try {
      await wait(100);
      const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "OBJECTION");
      for (let i = 0; i < 100; i++) {
        if ((await receiver.state()).received.length > 0) break;
        await wait(50);
      }
      expect((await receiver.state()).received.map((r) => r.id)).toEqual([deliveryId]);
    } finally {
      await worker.stop();
    }
  });

  it("a system that answers through the result API finishes its task (the receiver calls it back)", async () => {
    // The result route served over HTTP, as the app server would (it names the client's address).
    const app = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        void (async () => {
          const id = /\/api\/v1\/tasks\/([^/]+)\/result/.exec(req.url ?? "")?.[1] ?? "";
          const headers = new Headers(req.headers as Record<string, string>);
          headers.set(CLIENT_ADDRESS_HEADER, req.socket.remoteAddress ?? "127.0.0.1");
          const response = await postResult(
            new Request(`http://127.0.0.1${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }),
            { params: Promise.resolve({ id }) },
          );
          res.writeHead(response.status, { "content-type": "application/json" });
          res.end(Buffer.from(await response.arrayBuffer()));
        })();
      });
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    const port = (app.address() as { port: number }).port;
    try {
      const s = await system();
      await receiver.mode({ secrets: [s.signingSecret], apiToken: s.apiToken });
      const { taskId } = await addWebhookTask(database.prisma, caseId, s.id, "CORRECTION");
      await drain({ appUrl: `http://127.0.0.1:${port}` });
      for (let i = 0; i < 100 && (await receiver.state()).resultCalls.length === 0; i++) await wait(50);
      expect((await receiver.state()).resultCalls).toEqual([{ taskId, status: 200 }]);
      expect(await database.prisma.fulfilmentTask.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({
        state: "DONE",
        result: "CORRECTED",
        finishedBy: "SYSTEM",
      });
    } finally {
      await new Promise((r) => app.close(r));
    }
  });

  it("the background jobs (in the server or `npm run worker`) deliver webhooks", async () => {
    const s = await system();
    const jobs = startBackgroundJobs(
      database.prisma,
      parseEnv({
        DATA_DIR: process.env.DATA_DIR,
        DATABASE_URL: database.target.kind === "postgres" ? database.target.url : undefined,
        OUTBOX_POLL_MS: "50",
      }),
    );
    try {
      const { deliveryId } = await addWebhookTask(database.prisma, caseId, s.id, "WITHDRAWAL");
      for (let i = 0; i < 100 && (await receiver.state()).received.length === 0; i++) await wait(50);
      expect((await receiver.state()).received.map((r) => r.id)).toEqual([deliveryId]);
    } finally {
      await jobs.stop();
    }
  });
});
