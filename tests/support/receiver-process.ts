import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** The webhook receiver (tests/support/webhook-receiver.ts) running as a separate process, and how to steer it. */
export interface ReceiverProcess {
  port: number;
  url: string;
  child: ChildProcess;
  mode(change: Record<string, unknown>): Promise<void>;
  reset(): Promise<void>;
  state(): Promise<ReceiverState>;
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

export interface ReceiverState {
  received: { id: string; type: string; taskId: string | null; verifiedWith: number[]; at: number; body: unknown }[];
  duplicates: number;
  refused: number;
  failedOnPurpose: number;
  resultCalls: { taskId: string; status: number }[];
}

const SCRIPT = path.resolve(import.meta.dirname, "webhook-receiver.ts");

export async function startReceiver(env: Record<string, string> = {}): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], {
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const m = /listening (\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`receiver exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const post = async (p: string, body?: unknown) => {
    const r = await fetch(`${url}${p}`, {
      method: "POST",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return r.json() as Promise<unknown>;
  };
  return {
    port,
    url,
    child,
    mode: async (change) => void (await post("/_mode", change)),
    reset: async () => void (await post("/_reset")),
    state: async () => (await (await fetch(`${url}/_state`)).json()) as ReceiverState,
    stop: () => ended(child, "SIGTERM"),
    kill: () => ended(child, "SIGKILL"),
  };
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
