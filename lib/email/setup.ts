import "server-only";
import type { AppEnv } from "@/lib/config/env";
import { mailDirOf, mailboxTransport, smtpTransport, type MailTransport } from "./transport";
import type { OutboxSettings } from "./worker";

export function transportFromEnv(config: AppEnv): MailTransport {
  return config.SMTP_URL ? smtpTransport(config.SMTP_URL) : mailboxTransport(mailDirOf(config.dataDir));
}

export function outboxSettingsFromEnv(config: AppEnv): OutboxSettings {
  return {
    from: config.MAIL_FROM,
    appUrl: config.APP_URL,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    retryBaseMs: config.OUTBOX_RETRY_BASE_MS,
    leaseMs: config.OUTBOX_LEASE_MS,
    batchSize: 20,
  };
}
