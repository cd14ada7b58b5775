import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { outboxRow } from "@/lib/email/outbox";
import { smtpTransport, type MailTransport } from "@/lib/email/transport";
import { startOutboxWorker, type OutboxSettings } from "@/lib/email/worker";
import { SmtpCapture } from "../support/smtp-capture";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const EMAILS = 1000;

// What `npm run worker` uses (outboxSettingsFromEnv), with a short poll so the test does not idle.
const settings: OutboxSettings = {
  from: "Rightsdesk <privacy@example.com>",
  appUrl: "http://localhost:3000",
  maxAttempts: 8,
  retryBaseMs: 30_000,
  leaseMs: 5 * 60_000,
  batchSize: 20,
};

/** A worker process: its own database client and its own SMTP connection pool, counting what it sent. */
function worker(prisma: Db, smtpUrl: string) {
  const smtp = smtpTransport(smtpUrl);
  let sent = 0;
  const transport: MailTransport = {
    async send(message) {
      await smtp.send(message);
      sent++;
    },
    close: () => smtp.close(),
  };
  const running = startOutboxWorker(prisma, transport, settings, 20);
  return {
    sent: () => sent,
    async stop() {
      await running.stop();
      transport.close();
    },
  };
}

describe("several outbox workers on one database", () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = new SmtpCapture();
    await smtp.start(0);
  });
  afterAll(async () => {
    await smtp.stop();
    await database.drop();
  });

  it(`two workers deliver ${EMAILS} queued emails, each exactly once`, async () => {
    const rows = Array.from({ length: EMAILS }, (_, i) =>
      outboxRow({ template: "staff-test-email", to: `person-${i}@example.com`, payload: { requestedBy: `Sender ${i}` } }),
    );
    await database.prisma.outboxEmail.createMany({ data: rows });

    const second = database.anotherConnection();
    const a = worker(database.prisma, smtp.url);
    const b = worker(second.prisma, smtp.url);
    try {
      await expect
        .poll(() => database.prisma.outboxEmail.count({ where: { status: "SENT" } }), {
          timeout: 50_000,
          interval: 200,
        })
        .toBe(EMAILS);
    } finally {
      await a.stop();
      await b.stop();
      await second.close();
    }
    // Every row was sent on its first claim: none was taken by both workers or retried.
    const outbox = await database.prisma.outboxEmail.groupBy({
      by: ["status", "attempts"],
      _count: { _all: true },
    });
    expect(outbox.map((g) => ({ status: g.status, attempts: g.attempts, count: g._count._all }))).toEqual([
      { status: "SENT", attempts: 1, count: EMAILS },
    ]);

    // What the mail server received: one message per row (its Message-ID names the row), to its recipient.
    expect(smtp.received).toHaveLength(EMAILS);
    const byMessageId = new Map(smtp.received.map((mail) => [mail.messageId, mail]));
    expect(byMessageId.size).toBe(EMAILS);
    const stored = await database.prisma.outboxEmail.findMany({ select: { id: true, to: true, messageId: true } });
    const mismatched = stored.filter((row) => {
      const mail = row.messageId ? byMessageId.get(row.messageId) : undefined;
      const index = row.to.slice("person-".length, -"@example.com".length);
      return (
        !row.messageId?.startsWith(`<${row.id}@`) ||
        mail?.to?.valueOf() === undefined ||
        !JSON.stringify(mail.to).includes(row.to) ||
        !mail.text?.includes(`sent by Sender ${index} from Rightsdesk`)
      );
    });
    expect(mismatched).toEqual([]);

    // Both took part (on the embedded database they share its one connection, and still alternate claims).
    expect(a.sent() + b.sent()).toBe(EMAILS);
    expect(a.sent()).toBeGreaterThan(0);
    expect(b.sent()).toBeGreaterThan(0);
  });
});
