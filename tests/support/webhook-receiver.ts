/**
 * A webhook receiver for tests, benchmarks and fault checks, run as its own process:
 *
 *   PORT=4000 SECRETS="whsec_a whsec_b" FAIL_RATE=0.2 SYNC=1 API_TOKEN=... npx tsx tests/support/webhook-receiver.ts
 *
 * It verifies every delivery's signature with the `standardwebhooks` library (Webhook.verify) against each
 * secret in SECRETS (SECRET works too) and refuses one that none verifies (401). It records what it got,
 * drops a repeated `webhook-id` as a duplicate (answering 200, as a receiver following the spec does),
 * answers 500 for a FAIL_RATE fraction of deliveries, and then, with SYNC=1, answers the result in the 2xx
 * body (a synchronous system), or with API_TOKEN calls the delivery's `resultUrl` (POST, Bearer token).
 * It prints `listening <port>` once ready (PORT=0 picks a free port); with TLS_CERT and TLS_KEY it serves https. With RECORD_FILE it also appends a
 * line "<webhook-id> <taskId>" to that file for every delivery it accepts, before answering, so what it
 * got survives the process being killed (the fault check kills it).
 *
 * Control (for tests), on the same port: GET /_state (what it received), POST /_mode with any of
 * { failRate, status, body, delayMs, close, redirect, sync, apiToken, secrets } to change how it answers,
 * POST /_reset to forget what it received.
 */
import { appendFileSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { Webhook } from "standardwebhooks";

interface Mode {
  failRate: number;
  /** Answer every delivery with this status (and `body`) instead. */
  status?: number;
  body?: string;
  /** Wait this long before answering (a slow receiver; longer than the worker's timeout = a timeout). */
  delayMs?: number;
  /** Destroy the socket without answering (a closed connection). */
  close?: boolean;
  /** Answer 302 to this location. */
  redirect?: string;
  sync: boolean;
  apiToken?: string;
  secrets: string[];
}

interface Received {
  id: string;
  type: string;
  taskId: string | null;
  /** Which secrets (their index in SECRETS) verified the signature. */
  verifiedWith: number[];
  at: number;
  /** Creation-to-arrival is measured by the benchmark from the task's createdAt. */
  body: unknown;
}

const RESULT_BY_KIND: Record<string, string> = {
  ACCESS: "NO_DATA_FOUND",
  DELETION: "DELETED",
  CORRECTION: "CORRECTED",
  OBJECTION: "SUPPRESSED",
  WITHDRAWAL: "STOPPED",
};

export function splitSecrets(text: string | undefined): string[] {
  return (text ?? "").split(/[\s,]+/).filter(Boolean);
}

const mode: Mode = {
  failRate: Number(process.env.FAIL_RATE ?? "0"),
  sync: process.env.SYNC === "1",
  apiToken: process.env.API_TOKEN || undefined,
  secrets: splitSecrets(process.env.SECRETS ?? process.env.SECRET),
};
const received: Received[] = [];
const seen = new Set<string>();
let duplicates = 0;
let refused = 0;
let failedOnPurpose = 0;
const resultCalls: { taskId: string; status: number }[] = [];

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function json(response: http.ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(value));
}

async function callResultApi(resultUrl: string, kind: string, token: string, taskId: string) {
  try {
    const r = await fetch(resultUrl, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ state: "DONE", result: RESULT_BY_KIND[kind] ?? "NO_DATA_FOUND" }),
    });
    resultCalls.push({ taskId, status: r.status });
  } catch {
    resultCalls.push({ taskId, status: 0 });
  }
}

const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
  void (async () => {
    const body = await readBody(request);
    if (request.url === "/_state") {
      return json(response, 200, { received, duplicates, refused, failedOnPurpose, resultCalls });
    }
    if (request.url === "/_reset") {
      received.length = 0;
      seen.clear();
      resultCalls.length = 0;
      duplicates = refused = failedOnPurpose = 0;
      return json(response, 200, {});
    }
    if (request.url === "/_mode") {
      const change = JSON.parse(body || "{}") as Partial<Mode>;
      for (const key of ["status", "body", "delayMs", "close", "redirect", "apiToken"] as const) {
        if (!(key in change)) delete mode[key];
      }
      Object.assign(mode, { failRate: 0, sync: false }, change);
      return json(response, 200, mode);
    }
    const headers = Object.fromEntries(
      ["webhook-id", "webhook-timestamp", "webhook-signature"].map((h) => [h, String(request.headers[h] ?? "")]),
    );
    const verifiedWith = mode.secrets.flatMap((secret, index) => {
      try {
        new Webhook(secret).verify(body, headers);
        return [index];
      } catch {
        return [];
      }
    });
    if (verifiedWith.length === 0) {
      refused++;
      return json(response, 401, { error: "bad signature" });
    }
    if (mode.delayMs) await new Promise((r) => setTimeout(r, mode.delayMs));
    if (mode.close) return request.socket.destroy();
    if (mode.redirect) {
      response.writeHead(302, { location: mode.redirect });
      return response.end();
    }
    if (mode.status) {
      response.writeHead(mode.status, { "content-type": "text/plain" });
      return response.end(mode.body ?? "");
    }
    if (Math.random() < mode.failRate) {
      failedOnPurpose++;
      return json(response, 500, { error: "failing on purpose" });
    }
    const id = headers["webhook-id"]!;
    const payload = JSON.parse(body) as { type: string; data: { taskId?: string; kind?: string; resultUrl?: string } };
    if (process.env.RECORD_FILE) appendFileSync(process.env.RECORD_FILE, `${id} ${payload.data.taskId ?? "-"}\n`);
    if (seen.has(id)) {
      duplicates++;
      return json(response, 200, { duplicate: true });
    }
    seen.add(id);
    received.push({
      id,
      type: payload.type,
      taskId: payload.data.taskId ?? null,
      verifiedWith,
      at: Date.now(),
      body: payload,
    });
    const kind = payload.data.kind ?? "";
    if (mode.sync && payload.type === "task.created") {
      return json(response, 200, { state: "DONE", result: RESULT_BY_KIND[kind] ?? "NO_DATA_FOUND" });
    }
    json(response, 200, { received: true });
    if (mode.apiToken && payload.type === "task.created" && payload.data.resultUrl && payload.data.taskId) {
      await callResultApi(payload.data.resultUrl, kind, mode.apiToken, payload.data.taskId);
    }
  })().catch(() => {
    if (!response.headersSent) json(response, 400, { error: "unreadable" });
  });
};

// With TLS_CERT and TLS_KEY (PEM files) it serves https, as a system in production would; the app trusts the
// certificate through NODE_EXTRA_CA_CERTS (the end-to-end run does this, e2e/support/serve.ts).
const server =
  process.env.TLS_CERT && process.env.TLS_KEY
    ? https.createServer({ cert: readFileSync(process.env.TLS_CERT), key: readFileSync(process.env.TLS_KEY) }, handle)
    : http.createServer(handle);

server.keepAliveTimeout = 1000;
server.listen(Number(process.env.PORT ?? "0"), "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : ""}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
