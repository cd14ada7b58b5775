import "server-only";
import { hostname } from "node:os";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { Locale } from "@/lib/db/generated/enums";
import { queryRows } from "@/lib/db/typed-rows";
import { logger } from "@/lib/logging/logger";
import { loadSendSettings, textsKey, type SendSettings } from "./send-settings";
import { renderEmail } from "./render-email";
import { templateNamed } from "./templates";
import { DELIVERY_CONCURRENCY, type MailTransport } from "./transport";

export interface OutboxSettings {
  /** The server's MAIL_FROM: used until an administrator saves a sender under Settings > Organization. */
  from: string;
  appUrl: string;
  maxAttempts: number;
  /** First retry delay; each further retry waits twice as long (capped at a day). */
  retryBaseMs: number;
  /** How long a claimed row belongs to this worker before another may take it (a crashed worker). */
  leaseMs: number;
  batchSize: number;
}

const claimedRow = z.object({
  id: z.string(),
  template: z.string(),
  to: z.string(),
  locale: z.enum(Locale),
  payload: z.unknown(),
  attempts: z.number().int(),
});
type ClaimedRow = z.infer<typeof claimedRow>;

const MAX_DELAY_MS = 24 * 60 * 60 * 1000;

/**
 * Claims due rows for this worker. `FOR UPDATE SKIP LOCKED` lets several workers run at once: a row
 * locked by one is skipped by the others, and once claimed (status SENDING with a lease) it is no longer
 * due for anyone until the lease runs out.
 */
export async function claimDueEmails(prisma: Db, settings: OutboxSettings, now = new Date()): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + settings.leaseMs);
  return queryRows(
    prisma,
    claimedRow,
    Prisma.sql`
    UPDATE "OutboxEmail" SET status = 'SENDING', "lockedUntil" = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${now})
         OR (status = 'SENDING' AND "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt"
      LIMIT ${settings.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, template, "to", locale::text AS locale, payload, attempts`,
  );
}

/** The payload with its access-granting fields replaced, so a database reader cannot reuse a sent link. */
function withoutSecrets(payload: unknown, fields: readonly string[]): Prisma.InputJsonValue {
  const copy = { ...(payload as Record<string, unknown>) };
  for (const field of fields) if (field in copy) copy[field] = "[removed after sending]";
  return copy as Prisma.InputJsonValue;
}

export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

async function deliver(
  prisma: Db,
  transport: MailTransport,
  row: ClaimedRow,
  settings: OutboxSettings,
  sendSettings: SendSettings,
) {
  const template = templateNamed(row.template);
  const messageId = `<${row.id}@${hostname() || "rightsdesk"}>`;
  try {
    if (!template) throw new Error(`unknown email template "${row.template}"`);
    const payload = template.payload.parse(row.payload);
    // Rendered at send time with what administrators set now: their texts, the company's details.
    const { subject, text, html } = renderEmail(
      template,
      payload,
      { appUrl: settings.appUrl, locale: row.locale, organization: sendSettings.organization },
      sendSettings.texts.get(textsKey(row.template, row.locale)),
    );
    await transport.send({ from: sendSettings.from, to: row.to, messageId, subject, text, html });
  } catch (error) {
    // The error text can quote the address (SMTP rejections do): keep it on the row for admins, not in logs.
    const message = error instanceof Error ? error.message : String(error);
    const givingUp = row.attempts >= settings.maxAttempts || !template;
    await prisma.outboxEmail.updateMany({
      where: { id: row.id, status: "SENDING" },
      data: {
        status: givingUp ? "FAILED" : "PENDING",
        lockedUntil: null,
        lastError: message.slice(0, 1000),
        nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts, settings.retryBaseMs)),
      },
    });
    logger.warn("email delivery failed", { outboxId: row.id, attempt: row.attempts, givingUp });
    return givingUp ? ("failed" as const) : ("retry" as const);
  }
  // Sent. If this cannot be recorded (the database went away), the error goes up and the row stays SENDING:
  // it is sent again once its lease runs out, never sooner (at least once, with the same Message-ID).
  // One plain statement: it runs once per email, on the same connection as the intake on the embedded database.
  const payload = template.secretFields.length
    ? JSON.stringify(withoutSecrets(row.payload, template.secretFields))
    : null;
  await prisma.$executeRaw`
    UPDATE "OutboxEmail"
    SET status = 'SENT', "sentAt" = ${new Date()}, "lockedUntil" = NULL, "lastError" = NULL, "messageId" = ${messageId},
        payload = coalesce(${payload}::jsonb, payload)
    WHERE id = ${row.id}::uuid AND status = 'SENDING'`;
  return "sent" as const;
}

export interface OutboxRunResult {
  sent: number;
  retry: number;
  failed: number;
}

/** Claims and delivers one batch. Returns what happened, so callers can loop while there is work. */
export async function runOutboxOnce(
  prisma: Db,
  transport: MailTransport,
  settings: OutboxSettings,
): Promise<OutboxRunResult> {
  const claimed = await claimDueEmails(prisma, settings);
  const result: OutboxRunResult = { sent: 0, retry: 0, failed: 0 };
  if (claimed.length === 0) return result;
  const sendSettings = await loadSendSettings(prisma, settings.from);
  // A few at a time: each row is claimed by this worker alone, so order between them does not matter.
  // Once an outcome cannot be recorded, no further row of the batch is sent: each would be sent again
  // when its lease runs out, so only the messages already on their way may arrive twice.
  let next = 0;
  let unrecorded: { error: unknown } | undefined;
  await Promise.all(
    Array.from({ length: Math.min(DELIVERY_CONCURRENCY, claimed.length) }, async () => {
      while (next < claimed.length && !unrecorded) {
        const row = claimed[next++]!;
        try {
          result[await deliver(prisma, transport, row, settings, sendSettings)]++;
        } catch (error) {
          unrecorded ??= { error };
        }
      }
    }),
  );
  if (unrecorded) throw unrecorded.error;
  return result;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Polls the outbox until stopped; a full batch is followed at once by the next one. */
export function startOutboxWorker(
  prisma: Db,
  transport: MailTransport,
  settings: OutboxSettings,
  pollMs: number,
): RunningWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let busy = false;
      try {
        const r = await runOutboxOnce(prisma, transport, settings);
        busy = r.sent + r.retry + r.failed >= settings.batchSize;
      } catch (error) {
        logger.error("outbox worker pass failed", { error });
      }
      if (!busy && !stopped) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, pollMs);
        });
      }
    }
  })();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
