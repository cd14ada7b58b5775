import { spawnSync } from "node:child_process";

/**
 * Playwright's global teardown, which runs before the web server is stopped: the run fails if any audit
 * event the whole e2e run wrote holds personal data (see scan-audit-trail.ts). The scan runs in its own
 * process through tsx, like the server, so it loads the app's modules the way the scripts do.
 */
export default function auditScanTeardown(): void {
  const scan = spawnSync("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "e2e/support/scan-audit-trail.ts"], { stdio: "inherit", env: process.env });
  if (scan.status !== 0) throw new Error("The e2e run's audit trail holds personal data, or could not be scanned (see above).");
}
