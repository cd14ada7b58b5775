import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";

/** "Name <address>" as configured, or a name and address (nodemailer quotes and encodes the name). */
export type MailFrom = string | { name: string; address: string };

export interface OutgoingMessage {
  from: MailFrom;
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

const POOL_SETTINGS = {
  pool: "true",
  maxConnections: String(DELIVERY_CONCURRENCY),
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "30000",
};

/**
 * Real delivery through an SMTP server, over a pool of up to DELIVERY_CONCURRENCY open connections (a
 * message does not pay for a new connection and greeting). Settings given in SMTP_URL's query win.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(withDefaultSettings(url, POOL_SETTINGS));
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

/**
 * Given a URL, nodemailer takes its transport settings from the URL's query only (a second argument holds
 * message defaults), so the defaults are added to the query, leaving the rest of the URL as written.
 */
export function withDefaultSettings(url: string, settings: Record<string, string>): string {
  const queryAt = url.indexOf("?");
  const present = new URLSearchParams(queryAt >= 0 ? url.slice(queryAt + 1) : "");
  const missing = Object.entries(settings).filter(([key]) => !present.has(key));
  if (missing.length === 0) return url;
  const separator = queryAt < 0 ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&";
  return url + separator + new URLSearchParams(missing).toString();
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
      mkdirSync(mailDir, { recursive: true, mode: 0o700 });
      const safeId = message.messageId.replace(/[^A-Za-z0-9.-]/g, "_");
      writeFileSync(path.join(mailDir, `${Date.now()}-${safeId}.eml`), info.message, { mode: 0o600 });
    },
    close: () => transporter.close(),
  };
}

export function mailDirOf(dataDir: string): string {
  return path.join(dataDir, "mail");
}
