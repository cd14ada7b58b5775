import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface SmtpCapture {
  /** What the app under test sends through: `smtp://127.0.0.1:<port>`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for the end-to-end run: every message it accepts is written, exactly as
 * received, to `<dir>/<time>-<sequence>.eml`, where the specs read it (e2e/support/mailbox.ts).
 */
export async function startSmtpCapture(dir: string): Promise<SmtpCapture> {
  mkdirSync(dir, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const name = `${Date.now()}-${String(++received).padStart(6, "0")}`;
        try {
          // Renamed into place once complete, so a reader never parses half a message.
          writeFileSync(path.join(dir, `${name}.part`), Buffer.concat(chunks));
          renameSync(path.join(dir, `${name}.part`), path.join(dir, `${name}.eml`));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  // Once listening, a client dropping its connection (the app's pool when it stops) is not a failure.
  server.on("error", () => {});
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
