import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** An SMTP server on 127.0.0.1 that counts messages per recipient (the bench's mail capture). */
export async function startSmtpSink(): Promise<{
  url: string;
  received: Map<string, number>;
  stop: () => Promise<void>;
}> {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      received.set(address.address, (received.get(address.address) ?? 0) + 1);
      callback();
    },
    onData(stream, _session, callback) {
      stream.on("end", () => callback());
      stream.resume();
    },
  });
  // Pooled client connections are reset when the app stops: that is not the sink's failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, stop: () => new Promise((r) => server.close(() => r())) };
}
