import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildOutput } from "@/lib/config/build-output";

/**
 * What a build is made from: a build older than any of these is rebuilt before a bench measures it. The
 * generated database client is left out: `prisma generate` rewrites it unchanged (from prisma/, which is in).
 */
const BUILD_SOURCES = ["app", "components", "lib", "prisma", "proxy.ts", "next.config.ts", "package-lock.json"];
const NOT_SOURCES = new Set([path.join("lib", "db", "generated")]);

/** Whether any of the build's sources changed after `time` (so a bench would measure stale code). */
function newestSourceAfter(time: number): boolean {
  const newer = (entry: string): boolean => {
    if (NOT_SOURCES.has(entry) || !existsSync(entry)) return false;
    const stat = statSync(entry);
    if (!stat.isDirectory()) return stat.mtimeMs > time;
    return readdirSync(entry).some((name) => newer(path.join(entry, name)));
  };
  return BUILD_SOURCES.some(newer);
}

/**
 * Builds if needed (no build yet, or one older than its sources) and runs the production server the way
 * `npm start` does. With `BENCH_BUILD: "true"` in `env` it builds and serves the benchmark's own build
 * instead, which adds the benchmark's routes (*.bench.ts) and lives in a directory of its own
 * (lib/config/build-output.ts).
 */
export async function startProductionServer(
  port: number,
  env: Record<string, string | undefined>,
  options: { cpuProfileDir?: string } = {},
): Promise<ChildProcess> {
  const { distDir } = buildOutput({ benchBuild: env.BENCH_BUILD === "true" });
  if (!existsSync(`${distDir}/BUILD_ID`) || newestSourceAfter(statSync(`${distDir}/BUILD_ID`).mtimeMs)) {
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, BENCH_BUILD: env.BENCH_BUILD ?? "false" },
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  // With a profile directory, node itself runs the server (with tsx as its loader) to write a CPU profile
  // there when the server stops (node refuses --cpu-prof in NODE_OPTIONS).
  const [command, args] = options.cpuProfileDir
    ? ["node", [`--cpu-prof`, `--cpu-prof-dir=${options.cpuProfileDir}`, "--import", "tsx", "scripts/start.ts"]]
    : ["npx", ["tsx", "--tsconfig", "tsconfig.node.json", "scripts/start.ts"]];
  const child = spawn(command, args, {
    env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.node.json", ...env, PORT: String(port), LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not become healthy within 120 s");
}

export function stopServer(child: ChildProcess): void {
  // The server runs in its own process group (npx -> tsx -> next): end all of it.
  if (child.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

/** Signs in through the auth endpoints as a browser would and returns the session cookie header. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return session.split(";")[0]!;
}
