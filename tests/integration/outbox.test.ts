import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testOutboxSettings } from "../support/settings-fixture";
import { enqueueEmail } from "@/lib/email/outbox";
import { smtpTransport, type MailTransport } from "@/lib/email/transport";
import { runOutboxOnce, startOutboxWorker, type OutboxSettings } from "@/lib/email/worker";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { SmtpCapture } from "../support/smtp-capture";

const settings = testOutboxSettings();

async function queue(database: TestDatabase, count: number, to = "person@example.com"): Promise<string[]> {
  return database.prisma.$transaction(async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(await enqueueEmail(tx, { template: "staff-test-email", to, payload: { requestedBy: `Admin ${i}` } }));
    }
    return ids;
  });
}

async function drain(database: TestDatabase, transport: MailTransport, opts: Partial<OutboxSettings> = {}) {
  for (let pass = 0; pass < 100; pass++) {
    const r = await runOutboxOnce(database.prisma, transport, { ...settings, ...opts });
    if (r.sent + r.retry + r.failed === 0) return;
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("email outbox", () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let transport: MailTransport;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.prisma.outboxEmail.deleteMany();
    smtp = new SmtpCapture();
    await smtp.start(0);
    transport = smtpTransport(smtp.url);
  });
  afterEach(async () => {
    transport.close();
    await smtp.stop();
  });

  it("writes nothing when the transaction that queued the email rolls back", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { template: "staff-test-email", to: "a@example.com", payload: { requestedBy: "X" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.prisma.outboxEmail.count()).toBe(0);
  });

  it("delivers queued mail over SMTP in the recipient's language and marks it sent", async () => {
    await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        template: "staff-test-email",
        to: "zh@example.com",
        locale: "zh",
        payload: { requestedBy: "王" },
      }),
    );
    await drain(database, transport);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.subject).toBe("Rightsdesk 测试邮件");
    expect(smtp.received[0]?.text).toContain("王");
    const row = await database.prisma.outboxEmail.findFirstOrThrow();
    expect(row.status).toBe("SENT");
    expect(row.sentAt).not.toBeNull();
  });

  it("removes link tokens and codes from the outbox row once the email is sent", async () => {
    await database.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        template: "requester-verification",
        to: "p@example.com",
        payload: { token: "t".repeat(43), code: "123456" },
      }),
    );
    await drain(database, transport);
    expect(smtp.received[0]?.text).toContain("123456");
    const row = await database.prisma.outboxEmail.findFirstOrThrow();
    expect(JSON.stringify(row.payload)).not.toMatch(/123456|tttt/);
  });

  it("keeps mail through an SMTP outage, retries, and delivers each message exactly once", async () => {
    const ids = await queue(database, 3);
    const port = smtp.port;
    await smtp.stop();

    await runOutboxOnce(database.prisma, transport, settings);
    const waiting = await database.prisma.outboxEmail.findMany();
    expect(waiting.every((r) => r.status === "PENDING" && r.attempts === 1 && r.lastError)).toBe(true);
    expect(smtp.received).toHaveLength(0);

    await smtp.start(port);
    await wait(30); // past the first backoff (10 ms)
    await drain(database, transport);

    expect(smtp.received).toHaveLength(3);
    expect(new Set(smtp.messageIdsOf()).size).toBe(3);
    const rows = await database.prisma.outboxEmail.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 2)).toBe(true);
  });

  it("gives up after the configured number of attempts and marks the email failed", async () => {
    await queue(database, 1);
    await smtp.stop();
    for (let i = 0; i < settings.maxAttempts; i++) {
      await database.prisma.outboxEmail.updateMany({ data: { nextAttemptAt: new Date(0) } });
      await runOutboxOnce(database.prisma, transport, settings);
    }
    const row = await database.prisma.outboxEmail.findFirstOrThrow();
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(settings.maxAttempts);
    // A failed email is not picked up again.
    await database.prisma.outboxEmail.updateMany({ data: { nextAttemptAt: new Date(0) } });
    expect(await runOutboxOnce(database.prisma, transport, settings)).toEqual({ sent: 0, retry: 0, failed: 0 });
  });

  it("two workers running at once send every email exactly once", async () => {
    await queue(database, 60);
    const second = smtpTransport(smtp.url);
    const a = startOutboxWorker(database.prisma, transport, { ...settings, batchSize: 5 }, 10);
    const b = startOutboxWorker(database.prisma, second, { ...settings, batchSize: 5 }, 10);
    try {
      await expect
        .poll(() => database.prisma.outboxEmail.count({ where: { status: "SENT" } }), { timeout: 30_000 })
        .toBe(60);
    } finally {
      await a.stop();
      await b.stop();
      second.close();
    }
    expect(smtp.received).toHaveLength(60);
    expect(new Set(smtp.received.map((m) => m.text)).size).toBe(60);
  });

  it("an email sent while the database goes away is not sent again until its lease runs out", async () => {
    await queue(database, 3);
    // The database drops the connection just as the worker records the emails as sent.
    const outbox = database.prisma.outboxEmail;
    const losingDatabase = new Proxy(database.prisma, {
      get(target, property) {
        if (property !== "$executeRaw") return Reflect.get(target, property, target) as unknown;
        return (sql: TemplateStringsArray, ...values: unknown[]) =>
          sql.join("?").includes("status = 'SENT'")
            ? Promise.reject(new Error("Connection terminated unexpectedly"))
            : target.$executeRaw(sql, ...values);
      },
    });

    await expect(runOutboxOnce(losingDatabase, transport, settings)).rejects.toThrow(/Connection terminated/);
    expect(smtp.received).toHaveLength(3);
    // Not put back for a quick retry: the emails did go out.
    await wait(30);
    await drain(database, transport);
    expect(smtp.received).toHaveLength(3);
    expect((await outbox.findMany()).every((r) => r.status === "SENDING")).toBe(true);

    // A worker that really died would never record them: after the lease they go once more, same Message-ID.
    await outbox.updateMany({ data: { lockedUntil: new Date(Date.now() - 1) } });
    await drain(database, transport);
    expect(smtp.received).toHaveLength(6);
    expect(new Set(smtp.messageIdsOf()).size).toBe(3);
    expect((await outbox.findMany()).every((r) => r.status === "SENT")).toBe(true);
  });
});
