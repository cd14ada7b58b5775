import "server-only";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { logger } from "@/lib/logging/logger";

/*
 * The embedded database can be opened by one process only: while the server runs, a command-line tool
 * must not open DATA_DIR/db beside it (two processes writing one PGlite directory corrupt it). Instead the
 * server listens on a Unix socket next to the data (mode 0600, so only the account that owns the data can
 * connect) and runs a short list of maintenance commands itself, on its own connection. A tool finds the
 * socket, asks, and prints the answer; when no server answers, the tool opens the directory itself.
 */

export const MAINTENANCE_COMMANDS = [
  "backup",
  "retention",
  "retention-dry-run",
  "keys-rotate",
  "keys-retire-old",
] as const;
export type MaintenanceCommand = (typeof MAINTENANCE_COMMANDS)[number];
export type MaintenanceHandlers = Record<MaintenanceCommand, () => Promise<unknown>>;

/** Unix socket paths are limited to about 100 bytes; a deep DATA_DIR gets one in the temp directory. */
export function maintenanceSocketPath(dataDir: string): string {
  const inside = path.join(path.resolve(dataDir), "maintenance.sock");
  if (inside.length <= 100) return inside;
  const digest = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(tmpdir(), `rightsdesk-${digest}.sock`);
}

type Answer = { ok: true; result: unknown } | { ok: false; error: string };

function commandOf(line: string): unknown {
  try {
    return (JSON.parse(line) as { command?: unknown } | null)?.command;
  } catch {
    return undefined;
  }
}

/** Whether a server is running on this data directory (it answers on the socket). */
export function serverIsRunning(dataDir: string): Promise<boolean> {
  const socketPath = maintenanceSocketPath(dataDir);
  if (!existsSync(socketPath)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const probe = net.createConnection(socketPath, () => {
      probe.destroy();
      resolve(true);
    });
    probe.on("error", () => resolve(false));
  });
}

/** Sends one command; resolves to null when no server is listening for this data directory. */
export function askRunningServer(
  dataDir: string,
  command: MaintenanceCommand,
  timeoutMs = 30 * 60_000,
): Promise<Answer | null> {
  const socketPath = maintenanceSocketPath(dataDir);
  if (!existsSync(socketPath)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    let received = "";
    let connected = false;
    const socket = net.createConnection(socketPath, () => {
      connected = true;
      socket.write(`${JSON.stringify({ command })}\n`);
    });
    socket.setEncoding("utf8");
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`the server did not answer within ${timeoutMs / 1000} s`)),
    );
    socket.on("data", (chunk: string) => (received += chunk));
    socket.on("end", () => {
      try {
        resolve(JSON.parse(received) as Answer);
      } catch {
        reject(new Error("the server's answer was cut off"));
      }
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // A socket file nobody listens on is left from a server that stopped abruptly.
      if (!connected && (error.code === "ECONNREFUSED" || error.code === "ENOENT")) resolve(null);
      else reject(error);
    });
  });
}

/**
 * Starts listening for maintenance commands (one at a time). Refuses to start when another live server
 * already answers for this data directory; removes a stale socket file.
 */
export async function startMaintenanceSocket(
  dataDir: string,
  handlers: MaintenanceHandlers,
): Promise<{ close(): Promise<void> }> {
  const socketPath = maintenanceSocketPath(dataDir);
  // Dev-mode reloads run the start-up again in the same process: keep the listener it already has.
  const holder = globalThis as unknown as { __rightsdeskMaintenance?: Map<string, { close(): Promise<void> }> };
  const started = (holder.__rightsdeskMaintenance ??= new Map<string, { close(): Promise<void> }>());
  const existing = started.get(socketPath);
  if (existing) return existing;
  if (await serverIsRunning(dataDir))
    throw new Error(`another server is using ${dataDir} (it answers on ${socketPath})`);
  rmSync(socketPath, { force: true });
  let queue: Promise<unknown> = Promise.resolve();
  const server = net.createServer((socket) => {
    let received = "";
    let handled = false;
    socket.setEncoding("utf8");
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk: string) => {
      if (handled) return;
      received += chunk;
      if (received.length > 1024) return void socket.destroy();
      if (!received.includes("\n")) return;
      handled = true;
      const command = commandOf(received.split("\n")[0]!);
      if (!MAINTENANCE_COMMANDS.includes(command as MaintenanceCommand)) {
        return void socket.end(`${JSON.stringify({ ok: false, error: `unknown command ${String(command)}` })}\n`);
      }
      const run = queue.then(() => handlers[command as MaintenanceCommand]());
      queue = run.catch(() => undefined);
      run.then(
        (result) =>
          socket.end(
            `${JSON.stringify({ ok: true, result }, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))}\n`,
          ),
        (error: unknown) => {
          logger.error("maintenance command failed", { command, error });
          socket.end(
            `${JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) })}\n`,
          );
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o600);
  server.unref();
  const remove = () => rmSync(socketPath, { force: true });
  process.once("exit", remove);
  const handle = {
    close: () =>
      new Promise<void>((resolve) => {
        started.delete(socketPath);
        process.removeListener("exit", remove);
        server.close(() => {
          remove();
          resolve();
        });
      }),
  };
  started.set(socketPath, handle);
  return handle;
}
