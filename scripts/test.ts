// npm test: every unit, integration and end-to-end test, then one summary line.
// With TEST_DATABASE_URL set, integration and e2e tests run on fresh PostgreSQL databases instead of
// the embedded one. `npm test -- --unit-only` / `--e2e-only` run one half.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const reports = path.resolve(".test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const args = process.argv.slice(2);
const runUnit = !args.includes("--e2e-only");
const runE2e = !args.includes("--unit-only");
const backend = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  /** "file › test" of each failed test, repeated under the summary so a long log still names them. */
  failures: string[];
}

function run(command: string, commandArgs: string[], env: Record<string, string | undefined> = {}): number {
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

function vitest(): Counts {
  const file = path.join(reports, "vitest.json");
  const exitCode = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  }>(file);
  const failures = (report?.testResults ?? []).flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => `${path.relative(process.cwd(), file.name)} › ${test.fullName}`),
  );
  return {
    passed: report?.numPassedTests ?? 0,
    failed: report?.numFailedTests ?? (exitCode === 0 ? 0 : 1),
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
    exitCode,
    failures,
  };
}

interface PlaywrightSuite {
  file: string;
  specs?: { title: string; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
}

function unexpectedSpecs(suite: PlaywrightSuite): string[] {
  const own = (suite.specs ?? [])
    .filter((spec) => spec.tests.some((test) => test.status === "unexpected"))
    .map((spec) => `${suite.file} › ${spec.title}`);
  return [...own, ...(suite.suites ?? []).flatMap(unexpectedSpecs)];
}

function playwright(): Counts {
  const file = path.join(reports, "playwright.json");
  const exitCode = run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: PlaywrightSuite[];
  }>(file);
  return {
    passed: (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0),
    failed: report?.stats.unexpected ?? (exitCode === 0 ? 0 : 1),
    skipped: report?.stats.skipped ?? 0,
    exitCode,
    failures: (report?.suites ?? []).flatMap(unexpectedSpecs),
  };
}

const results: Counts[] = [];
console.log(`\n== Unit and integration tests (${backend}) ==`);
if (runUnit) results.push(vitest());
console.log(`\n== End-to-end tests in Chromium (${backend}) ==`);
if (runE2e) results.push(playwright());

const total = results.reduce(
  (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const anyProcessFailed = results.some((r) => r.exitCode !== 0);
const ranNothing = total.passed + total.failed === 0;
console.log(
  `\nTests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
for (const failure of results.flatMap((r) => r.failures)) console.log(`  failed: ${failure}`);
process.exit(anyProcessFailed || total.failed > 0 || ranNothing ? 1 : 0);
