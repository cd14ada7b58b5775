import "server-only";
import { Webhook } from "standardwebhooks";

/**
 * The webhook worker's rules, apart from its loop (lib/jobs/webhook-worker.ts): how long to wait before
 * the next attempt, which answers are worth another attempt, what of a refusing answer staff see, and the
 * signature header (Standard Webhooks, one signature per working secret).
 */

export const MAX_RETRY_DELAY_MS = 24 * 60 * 60 * 1000;
const EXCERPT_BYTES = 1024;
/** Exponential backoff with "equal jitter": half the doubled delay fixed, half random (capped, a day by default). */
export function webhookRetryDelayMs(
  attempts: number,
  baseMs: number,
  random = Math.random,
  capMs = MAX_RETRY_DELAY_MS,
): number {
  const delay = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), capMs);
  return Math.round(delay / 2 + random() * (delay / 2));
}

/** The first 1 KB (in bytes, not cut inside a character) of an answer. */
export function excerptOf(body: string): string {
  const bytes = Buffer.from(body, "utf8");
  if (bytes.length <= EXCERPT_BYTES) return body;
  return bytes
    .subarray(0, EXCERPT_BYTES)
    .toString("utf8")
    .replace(/\uFFFD$/, "");
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Signs a body with every secret: the header carries one `v1,<base64>` per secret, space-separated. */
export function signatureHeader(secrets: string[], id: string, at: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(" ");
}
