// Starts the app for the e2e run the way an operator would: on the embedded default through `npm start`
// (which migrates and seeds), or on a fresh PostgreSQL database after `db:migrate` and `db:seed`. The app
// sends its mail over SMTP to a capture server started here, which keeps each message for the specs.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedSecrets } from "../../lib/config/secrets-file";
import { E2E_ADMIN_PASSWORD, e2eRun } from "./run";
import { startSmtpCapture } from "./smtp-capture";

const run = e2eRun();
rmSync(run.dataDir, { recursive: true, force: true });
rmSync(run.mailDir, { recursive: true, force: true });
rmSync(run.tlsDir, { recursive: true, force: true });
const smtp = await startSmtpCapture(run.mailDir);
makeTestCertificate(run.tlsDir);
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: run.dataDir,
  SEED_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
  APP_URL: `http://127.0.0.1:${process.env.PORT}`,
  OUTBOX_POLL_MS: "200",
  SMTP_URL: smtp.url,
  // Every spec opens secret-link pages from this one address; the limit itself is tested on its own.
  TOKEN_LOOKUPS_PER_IP_MINUTE: "100000",
  // The specs stand in for a load balancer: from this machine, X-Forwarded-For names the client (specs that
  // must not share the run's per-address allowances send one of their own).
  TRUSTED_PROXIES: "127.0.0.1, ::1",
  // Specs type customer names letter by letter from this address too (on a busy machine a lookup per letter).
  CUSTOMER_SUGGESTIONS_PER_IP_MINUTE: "100000",
  // Webhooks go over https in production: the specs' receiver serves the run's certificate, trusted here.
  NODE_EXTRA_CA_CERTS: path.join(run.tlsDir, "cert.pem"),
};

if (run.serverUrl && run.databaseUrl) {
  const admin = new pg.Client({ connectionString: run.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${run.databaseName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${run.databaseName}"`);
  await admin.end();
  childEnv.DATABASE_URL = run.databaseUrl;
  // Production on PostgreSQL requires explicit secrets (instances must share them). Kept in the run's
  // DATA_DIR/secrets.json, where the audit scan at the end of the run finds the key (scan-audit-trail.ts).
  const secrets = embeddedSecrets(run.dataDir);
  childEnv.AUTH_SECRET ??= secrets.AUTH_SECRET;
  childEnv.DATA_ENCRYPTION_KEY ??= secrets.DATA_ENCRYPTION_KEY;
  for (const script of ["db:migrate", "db:seed"]) {
    const result = spawnSync("npm", ["run", "--silent", script], { env: childEnv, stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

/** A self-signed certificate for 127.0.0.1, valid for two days (the openssl command line, no download). */
function makeTestCertificate(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const made = spawnSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"],
      ...["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (made.status !== 0) throw new Error("openssl could not make the run's test certificate");
}

/** Once the app has stopped: stop the mail capture, drop the run's database, data and mail directories. */
async function cleanUp(): Promise<void> {
  await smtp.stop();
  if (run.serverUrl) {
    const admin = new pg.Client({ connectionString: run.serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${run.databaseName}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
  rmSync(run.dataDir, { recursive: true, force: true });
  rmSync(run.mailDir, { recursive: true, force: true });
  rmSync(run.tlsDir, { recursive: true, force: true });
}

const child = spawn("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/start.ts"], {
  env: childEnv,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  void cleanUp().finally(() => process.exit(code ?? 0));
});
