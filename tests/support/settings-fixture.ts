import type { Actor } from "@/lib/auth/guards";
import { smtpTransport, type MailTransport } from "@/lib/email/transport";
import type { OutboxSettings } from "@/lib/email/worker";
import { ensureDeadlinePolicies } from "@/lib/server/deadlines/policy-store";
import { SmtpCapture } from "./smtp-capture";
import { createStaff } from "./staff";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** The outbox worker's settings for tests: quick retries, a generous lease. */
export function testOutboxSettings(from = "Rightsdesk <privacy@example.com>"): OutboxSettings {
  return { from, appUrl: "http://localhost:3000", maxAttempts: 3, retryBaseMs: 10, leaseMs: 60_000, batchSize: 20 };
}

/** A fresh database with the deadline policies, an administrator and a privacy officer (settings tests). */
export async function settingsFixture(): Promise<{ database: TestDatabase; admin: Actor; officer: Actor }> {
  const database = await createTestDatabase();
  await ensureDeadlinePolicies(database.prisma);
  const admin = await createStaff(database.prisma, { role: "ADMIN" });
  const officer = await createStaff(database.prisma, { role: "PRIVACY_OFFICER" });
  return { database, admin, officer };
}

/** A real SMTP server on a free port and a transport to it; `stop` closes both. */
export async function smtpFixture(): Promise<{
  smtp: SmtpCapture;
  transport: MailTransport;
  stop: () => Promise<void>;
}> {
  const smtp = new SmtpCapture();
  await smtp.start(0);
  const transport = smtpTransport(smtp.url);
  return {
    smtp,
    transport,
    stop: async () => {
      transport.close();
      await smtp.stop();
    },
  };
}
