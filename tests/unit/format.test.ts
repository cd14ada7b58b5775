import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayMonth, formatLongDate, formatNumber } from "@/lib/i18n/format";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("dates and numbers written for people", () => {
  it("write a date the same way everywhere, per language", () => {
    expect(formatDate("en", "2027-01-04")).toBe("4 Jan 2027");
    expect(formatDate("zh", "2027-01-04")).toBe("2027年1月4日");
    expect(formatDate("en", new Date("2026-12-02T23:30:00Z"))).toBe("2 Dec 2026");
    expect(formatLongDate("en", "2026-12-18")).toBe("18 December 2026");
    expect(formatLongDate("zh", "2026-12-18")).toBe("2026年12月18日");
    expect(formatDayMonth("en", "2026-10-05")).toBe("5 Oct");
  });

  it("keep a calendar date on its day and write instants in UTC", () => {
    // A due date is a day, not an instant: no time zone may move it to the day before.
    expect(formatDate("en", "2027-03-01")).toBe("1 Mar 2027");
    expect(formatDateTime("en", new Date("2026-12-02T14:05:00Z"))).toBe("2 Dec 2026, 14:05");
    expect(formatDateTime("zh", new Date("2026-12-02T14:05:00Z"))).toBe("2026年12月2日 14:05");
  });

  it("group thousands", () => {
    expect(formatNumber("en", 1200)).toBe("1,200");
    expect(formatNumber("zh", 1200)).toBe("1,200");
  });
});

/** Code that writes dates for people builds no formatter of its own (time-zone arithmetic may). */
const ALLOWED = new Set([
  "lib/i18n/format.ts",
  "lib/domain/deadlines/local-date.ts",
  "lib/domain/settings/deadline-settings.ts",
]);
const OWN_FORMATTER = /new Intl\.(DateTimeFormat|NumberFormat)\(\s*["'`]|toLocale(Date|Time)?String\(/;

function sources(): string[] {
  return ["app", "components", "lib"]
    .flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" }).map(
        (file) => `${dir}/${file.split(path.sep).join("/")}`,
      ),
    )
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("lib/db/generated/"));
}

describe("formatting for people", () => {
  it("goes through lib/i18n/format.ts", () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(200);
    const offenders = files.filter(
      (file) => !ALLOWED.has(file) && OWN_FORMATTER.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
