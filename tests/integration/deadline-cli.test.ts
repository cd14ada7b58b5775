import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function deadline(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/deadline.ts", ...args], {
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("deadline command", () => {
  it("prints one JSON object with the dates", () => {
    const run = deadline("--regime", "EU_GDPR", "--received", "2026-08-31T10:00:00Z", "--extended");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(out).toMatchObject({
      receivedDate: "2026-08-31",
      dueDate: "2026-11-30",
      originalDueDate: "2026-09-30",
      dueAt: "2026-11-30T23:59:59.999Z",
      warnings: [],
    });
  });

  it("takes repeated pauses, a restart, a calendar and a time zone", () => {
    const run = deadline(
      "--regime",
      "UK_GDPR",
      "--received",
      "2027-03-01T10:00:00Z",
      "--restart",
      "2027-03-20",
      "--pause",
      "2027-03-22..2027-03-23",
      "--pause",
      "2027-03-25..2027-03-25",
      "--calendar",
      "GB-SCT",
      "--timezone",
      "Europe/London",
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { dueDate: string; stoppedDays: number; calendar: string };
    expect(out.stoppedDays).toBe(3);
    expect(out.calendar).toBe("GB-SCT");
    expect(out.dueDate).toBe("2027-04-23"); // 20 Apr + 3 days
  });

  it("fails with one clear line for a missing calendar year", () => {
    const run = deadline("--regime", "CN_PIPL", "--received", "2026-12-28T02:00:00Z");
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toBe("deadline: calendar missing for CN 2027");
  });

  it("fails with one clear line for bad arguments", () => {
    for (const [args, message] of [
      [["--regime", "GDPR", "--received", "2026-03-01T00:00:00Z"], /--regime must be one of/],
      [["--regime", "EU_GDPR"], /--received is required/],
      [["--regime", "EU_GDPR", "--received", "yesterday"], /--received must be an ISO instant/],
      [
        ["--regime", "EU_GDPR", "--received", "2026-03-01T00:00:00Z", "--pause", "2026-03-10"],
        /--pause must be FROM..TO/,
      ],
      [
        ["--regime", "EU_GDPR", "--received", "2026-03-01T00:00:00Z", "--timezone", "Mars/Olympus"],
        /--timezone unknown time zone/,
      ],
    ] as const) {
      const run = deadline(...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
  });
});
