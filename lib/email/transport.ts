import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";

export interface OutgoingMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row, so a receiving server can spot a repeat. */
  messageId: string;
}

export interface MailTransport {
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

/** How many messages a worker sends at once. */
export const DELIVERY_CONCURRENCY = 5;

/** Real delivery through an SMTP server. */
export function smtpTransport(url: string): MailTransport {
  // Pooled: a batch reuses a few open connections instead of one handshake per message.
  const transporter = nodemailer.createTransport(url, {
    pool: true,
    maxConnections: DELIVERY_CONCURRENCY,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

/**
 * Without SMTP_URL mail goes to a development mailbox: each message is written as an .eml file under
 * DATA_DIR/mail, where administrators read it in the app (Settings > Email).
 */
export function mailboxTransport(mailDir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(message) {
      const info = (await transporter.sendMail(message)) as { message: Buffer };
      mkdirSync(mailDir, { recursive: true });
      const safeId = message.messageId.replace(/[^A-Za-z0-9.-]/g, "_");
      writeFileSync(path.join(mailDir, `${Date.now()}-${safeId}.eml`), info.message, { mode: 0o600 });
    },
    close: () => transporter.close(),
  };
}

export function mailDirOf(dataDir: string): string {
  return path.join(dataDir, "mail");
}
