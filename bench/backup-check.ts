// npm run test:backup: a backup of the embedded database taken while the production server is under load
// must restore into a new data directory that passes audit:verify and holds every request the server had
// acknowledged (HTTP 202) before the backup started, and nothing that was never acknowledged.
//
// 1. The production build (built once if missing) on a fresh DATA_DIR, mail to an SMTP sink.
// 2. Clients keep filing requests through POST /api/v1/requests; once some are in, `npm run db:backup`
//    runs as its own process (it asks the server, which holds the data directory), while the load goes on.
// 3. The server stops; `npm run db:restore` fills a second DATA_DIR from the file, `npm run audit:verify`
//    checks the chain there, and the restored requests are compared with the acknowledged ones.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { connect } from "@/lib/db/client";
import { intakeBody } from "./intake";
import { startProductionServer, stopServer } from "./support/server";
import { startSmtpSink } from "./support/smtp-sink";

const { values } = parseArgs({
  options: { concurrency: { type: "string", default: "8" }, before: { type: "string", default: "150" } },
});
const concurrency = Number(values.concurrency);
const acknowledgedBefore = Number(values.before);
const PORT = 3330;
const BASE = `http://127.0.0.1:${PORT}`;

function npm(script: string, dataDir: string, args: string[] = []): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "--tsconfig", "tsconfig.node.json", `scripts/${script}`, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "silent" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, output: output.trim() }));
  });
}

const root = mkdtempSync(path.join(tmpdir(), "rightsdesk-backup-check-"));
const liveDir = path.join(root, "live");
const restoredDir = path.join(root, "restored");
const smtp = await startSmtpSink();
const server = await startProductionServer(PORT, {
  DATA_DIR: liveDir,
  SMTP_URL: smtp.url,
  OUTBOX_POLL_MS: "200",
  INTAKE_LIMIT_PER_IP_HOUR: "1000000",
  INTAKE_LIMIT_PER_EMAIL_DAY: "1000000",
});

const acknowledged: string[] = [];
const failures: string[] = [];
const latencies: number[] = [];
let stop = false;
let sent = 0;
let passed = false;
const figures: Record<string, unknown> = {};
try {
  const clients = Array.from({ length: concurrency }, async () => {
    while (!stop) {
      const email = `backup-check-${sent++}@example.com`;
      const started = performance.now();
      const response = await fetch(`${BASE}/api/v1/requests`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: intakeBody(email),
      }).catch((error: unknown) => ({ status: 0, text: () => Promise.resolve(String(error)) }));
      latencies.push(performance.now() - started);
      if (response.status === 202) acknowledged.push(email);
      else failures.push(`${response.status} ${(await response.text()).slice(0, 200)}`);
    }
  });
  while (acknowledged.length < acknowledgedBefore) await new Promise((r) => setTimeout(r, 50));

  const before = new Set(acknowledged);
  const backupStarted = performance.now();
  const backup = await npm("db-backup.ts", liveDir);
  const backupSeconds = (performance.now() - backupStarted) / 1000;
  const acknowledgedDuringBackup = acknowledged.length - before.size;
  const afterBackup = acknowledged.length;
  while (acknowledged.length < afterBackup + 50) await new Promise((r) => setTimeout(r, 50));
  stop = true;
  await Promise.all(clients);
  stopServer(server);
  await new Promise((r) => setTimeout(r, 2000));

  const file = /: (\S+\.sql) \(/.exec(backup.output)?.[1];
  if (backup.code !== 0 || !file || !backup.output.includes("by the running server")) {
    throw new Error(`db:backup did not go through the running server: ${backup.output}`);
  }
  const restore = await npm("db-restore.ts", restoredDir, [file]);
  if (restore.code !== 0) throw new Error(`db:restore failed: ${restore.output}`);
  copyFileSync(path.join(liveDir, "secrets.json"), path.join(restoredDir, "secrets.json"));
  const verify = await npm("audit-verify.ts", restoredDir);

  const copy = connect({ kind: "embedded", dataDir: path.join(restoredDir, "db") });
  const restoredEmails = new Set(
    (await copy.prisma.requester.findMany({ select: { email: true } })).map((r) => r.email),
  );
  const restoredCases = await copy.prisma.case.count();
  await copy.prisma.$disconnect();
  await copy.adapter.close();

  const missing = [...before].filter((email) => !restoredEmails.has(email));
  const neverAcknowledged = [...restoredEmails].filter((email) => !acknowledged.includes(email));
  latencies.sort((a, b) => a - b);
  Object.assign(figures, {
    acknowledgedBeforeBackup: before.size,
    acknowledgedWhileBackupRan: acknowledgedDuringBackup,
    acknowledgedInAll: acknowledged.length,
    failedRequests: failures.length,
    restoredCases,
    missingFromBackup: missing.length,
    restoredButNeverAcknowledged: neverAcknowledged.length,
    backupSeconds: Math.round(backupSeconds * 10) / 10,
    backup: backup.output,
    restore: restore.output.split("\n")[0],
    auditVerify: verify.output.split("\n")[0],
    maxRequestMs: Math.round(latencies.at(-1) ?? 0),
    p95RequestMs: Math.round(latencies[Math.floor(latencies.length * 0.95)] ?? 0),
  });
  passed =
    failures.length === 0 &&
    missing.length === 0 &&
    neverAcknowledged.length === 0 &&
    restoredCases === restoredEmails.size &&
    verify.code === 0 &&
    verify.output.startsWith("chain intact");
  if (failures.length > 0) figures.firstFailures = failures.slice(0, 3);
} catch (error) {
  figures.error = error instanceof Error ? error.message : String(error);
} finally {
  stop = true;
  stopServer(server);
  await smtp.stop();
  rmSync(root, { recursive: true, force: true });
}
console.log(JSON.stringify(figures, null, 2));
console.log(`Backup check: ${passed ? 1 : 0} passed, ${passed ? 0 : 1} failed`);
process.exit(passed ? 0 : 1);
