/**
 * Which files the app is built from, and where the build goes. Production builds read routes from
 * `page`/`route`/... files ending in .ts or .tsx only. The benchmark's build (BENCH_BUILD=true, set by
 * `npm run bench`) also reads `*.bench.ts` files, its baseline routes under app/api/bench/ (a plain
 * one-row insert, an audit-event insert, an answer without the database), and goes to a directory of
 * its own, so a production build never contains them and `npm start` never serves them.
 */
export const PRODUCTION_DIST_DIR = ".next";
export const BENCH_DIST_DIR = ".next-bench";

export interface BuildOutput {
  distDir: string;
  pageExtensions: string[];
}

export function buildOutput({ benchBuild }: { benchBuild: boolean }): BuildOutput {
  return benchBuild
    ? { distDir: BENCH_DIST_DIR, pageExtensions: ["tsx", "ts", "bench.ts"] }
    : { distDir: PRODUCTION_DIST_DIR, pageExtensions: ["tsx", "ts"] };
}
