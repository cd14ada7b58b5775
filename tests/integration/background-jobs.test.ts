import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/guards";
import { parseEnv } from "@/lib/config/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { startBackgroundJobs } from "@/lib/jobs/background-jobs";
import { startJobsInServer } from "@/lib/jobs/server-jobs";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { SmtpCapture } from "../support/smtp-capture";
import { createCaseDueAt } from "../support/cases";
import { createStaff } from "../support/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 86_400_000;

/*
 * A deployment with dedicated workers turns the background work off in its web servers
 * (WORKER_IN_SERVER=false) and runs `npm run worker`, which must then do all of it: deliver email and run
 * the periodic sweeps (here: a deadline reminder falling due).
 */
describe("where the background work runs", () => {
  let database: TestDatabase;
  let smtp: SmtpCapture;
  let analyst: Actor;
  let counter = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    analyst = await createStaff(database.prisma, { role: "ANALYST" });
    smtp = new SmtpCapture();
    await smtp.start(0);
  });
  afterAll(async () => {
    await smtp.stop();
    await database.drop();
  });
  beforeEach(async () => {
    smtp.received.length = 0;
    await database.prisma.outboxEmail.deleteMany();
  });

  function config(settings: Record<string, string> = {}) {
    return parseEnv({
      DATA_DIR: process.env.DATA_DIR,
      DATABASE_URL: database.target.kind === "postgres" ? database.target.url : undefined,
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: "50",
      AUDIT_SEAL_INTERVAL_MS: "50",
      ...settings,
    });
  }

  /**
   * An email waiting in the outbox, an audit event waiting for the sealer and a case whose 7-day reminder
   * is due: work for the jobs to find.
   */
  async function pendingWork() {
    counter++;
    await database.prisma.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        template: "staff-test-email",
        to: `admin-${counter}@example.com`,
        payload: { requestedBy: "A" },
      });
      await recordAuditEvent(tx, { type: "test.background", actorKind: "SYSTEM", data: { counter } });
    });
    const created = await createCaseDueAt(database.prisma, new Date(Date.now() + 5 * DAY), {
      reference: `DSR-2026-8${String(counter).padStart(5, "0")}`,
      requester: { email: `requester-${counter}@example.com`, name: "R" },
      assigneeId: analyst.id,
    });
    return {
      to: `admin-${counter}@example.com`,
      caseId: created.id,
      reminder: `${created.reference} is due within 7 days`,
    };
  }

  const unsealed = () => database.prisma.auditEvent.count({ where: { chainSeq: null } });

  const subjectsTo = (address: string) =>
    smtp.received.filter((mail) => JSON.stringify(mail.to).includes(address)).map((mail) => mail.subject);

  it("by default the web server delivers email, runs the sweeps and seals the audit trail itself", async () => {
    const work = await pendingWork();
    expect(await unsealed()).toBeGreaterThan(0);
    const server = await startJobsInServer(config());
    try {
      await expect.poll(unsealed, { timeout: 15_000 }).toBe(0);
      await expect.poll(() => subjectsTo(work.to), { timeout: 15_000 }).toEqual(["Rightsdesk test email"]);
      await expect
        .poll(() => subjectsTo(analyst.email).filter((s) => s?.startsWith(work.reminder)).length, { timeout: 15_000 })
        .toBe(1);
    } finally {
      await server.stop();
    }
  });

  it("with WORKER_IN_SERVER=false the web server leaves all three to `npm run worker`", async () => {
    const work = await pendingWork();
    const settings = config({ WORKER_IN_SERVER: "false" });
    const server = await startJobsInServer(settings);
    try {
      // Several of the server's would-be poll intervals (50 ms) pass: nothing is sent, no reminder recorded.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.received).toEqual([]);
      expect(await database.prisma.outboxEmail.count({ where: { status: "PENDING" } })).toBe(1);
      expect(await database.prisma.caseReminder.count({ where: { caseId: work.caseId } })).toBe(0);
      expect(await unsealed()).toBeGreaterThan(0);

      const worker = startBackgroundJobs(database.prisma, settings);
      try {
        await expect.poll(unsealed, { timeout: 15_000 }).toBe(0);
        await expect.poll(() => subjectsTo(work.to), { timeout: 15_000 }).toEqual(["Rightsdesk test email"]);
        await expect
          .poll(() => subjectsTo(analyst.email).filter((s) => s?.startsWith(work.reminder)).length, {
            timeout: 15_000,
          })
          .toBe(1);
      } finally {
        await worker.stop();
      }
    } finally {
      await server.stop();
    }
  });
});
