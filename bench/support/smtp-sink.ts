import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  url: string;
  port: number;
  /** Messages accepted per recipient (counted once the message's data has arrived in full). */
  received: Map<string, number>;
  /**
   * Stops like a mail server going down: the port closes (new connections are refused), commands on open
   * connections are answered 421, and open connections are closed after a second.
   */
  stop: () => Promise<void>;
}

/**
 * An SMTP server on 127.0.0.1 that counts messages per recipient (the bench's mail capture). Given a port
 * and the map of an earlier sink, it starts again where that one stopped.
 */
export async function startSmtpSink(
  options: { port?: number; received?: Map<string, number> } = {},
): Promise<SmtpSink> {
  const received = options.received ?? new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      stream.on("end", () => {
        for (const { address } of session.envelope.rcptTo) received.set(address, (received.get(address) ?? 0) + 1);
        callback();
      });
      stream.resume();
    },
  });
  // Pooled client connections are reset when the app stops: that is not the sink's failure.
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
