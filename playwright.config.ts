import { defineConfig } from "@playwright/test";

// One run id for the runner and its workers (they inherit the environment set here).
process.env.E2E_RUN_ID ??= `${Date.now()}`;
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Playwright's own browser downloads are not available: use the system Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  // Before the server stops: no audit event of the whole run may hold personal data.
  globalTeardown: "./e2e/support/audit-scan-teardown.ts",
  webServer: {
    command: "npx tsx --tsconfig tsconfig.node.json e2e/support/serve.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), E2E_RUN_ID: process.env.E2E_RUN_ID },
  },
});
