import { tmpdir } from "node:os";
import path from "node:path";

/** Where one e2e run keeps its data: a fresh directory, or a fresh PostgreSQL database. */
export const E2E_ADMIN_PASSWORD = "e2e-admin-password-0001";
export const E2E_ADMIN_EMAIL = "admin@rightsdesk.local";

export function e2eRun() {
  const id = process.env.E2E_RUN_ID ?? "local";
  const serverUrl = process.env.TEST_DATABASE_URL;
  const databaseName = `rightsdesk_e2e_${id}`;
  return {
    dataDir: path.join(tmpdir(), `rightsdesk-e2e-${id}`),
    /** Where the run's SMTP capture writes every message the app sends (one .eml file each). */
    mailDir: path.join(tmpdir(), `rightsdesk-e2e-${id}-mail`),
    /**
     * A certificate for 127.0.0.1 made for the run (cert.pem, key.pem): the specs' webhook receiver serves
     * https with it, and the app trusts it (NODE_EXTRA_CA_CERTS), as it would a system's real certificate.
     */
    tlsDir: path.join(tmpdir(), `rightsdesk-e2e-${id}-tls`),
    serverUrl,
    databaseName,
    databaseUrl: serverUrl ? withDatabase(serverUrl, databaseName) : undefined,
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
