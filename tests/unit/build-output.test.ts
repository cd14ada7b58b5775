import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOutput } from "@/lib/config/build-output";
import { buildEnv } from "@/lib/config/env";

const APP = path.resolve(import.meta.dirname, "../../app");
const BENCH_ROUTES = [
  "api/bench/plain-insert/route.bench.ts",
  "api/bench/audit-insert/route.bench.ts",
  "api/bench/no-db/route.bench.ts",
];

/** The route files (route.<ext>) Next.js builds from `app/` with these page extensions. */
function routeFiles(pageExtensions: string[]): string[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => pageExtensions.some((ext) => path.posix.basename(file) === `route.${ext}`));
}

describe("the benchmark's routes", () => {
  it("are not built by default, and the default build goes to .next", () => {
    const output = buildOutput(buildEnv({}));
    expect(output.distDir).toBe(".next");
    for (const route of BENCH_ROUTES) expect(routeFiles(output.pageExtensions)).not.toContain(route);
    expect(routeFiles(output.pageExtensions).filter((file) => file.startsWith("api/bench/"))).toEqual([]);
  });

  it("are built with BENCH_BUILD=true, into a directory of their own", () => {
    const output = buildOutput(buildEnv({ BENCH_BUILD: "true" }));
    expect(output.distDir).not.toBe(".next");
    for (const route of BENCH_ROUTES) expect(routeFiles(output.pageExtensions)).toContain(route);
  });

  it("refuses any other BENCH_BUILD value, as the rest of the configuration", () => {
    expect(() => buildEnv({ BENCH_BUILD: "yes" })).toThrow(/BENCH_BUILD/);
  });
});
