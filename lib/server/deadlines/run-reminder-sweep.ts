import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { outboxEmailsSql, type QueuedEmail } from "@/lib/email/outbox";
import { auditEventsSql } from "@/lib/server/audit/record-audit-event";
import { claimDueReminders, type DueReminder } from "./claim-due-reminders";

export interface SweepResult {
  dueIn7: number;
  dueIn2: number;
  overdue: number;
  emails: number;
}

const BATCH = 1000;

/** The emails and audit events of the reminders just recorded, in one statement. */
async function queueReminders(tx: Tx, reminders: DueReminder[], at: Date): Promise<number> {
  const emails = reminders.flatMap(({ caseId, threshold, reference, dueDate, recipients }) =>
    recipients.map(({ email, locale }): QueuedEmail<"staff-deadline-reminder"> => ({
      template: "staff-deadline-reminder",
      to: email,
      locale,
      caseId,
      payload: { reference, caseId, threshold, dueDate },
    })),
  );
  const audit = auditEventsSql(
    reminders.map(({ caseId, threshold }) => ({
      type: "deadline.reminder_queued",
      caseId,
      actorKind: "SYSTEM",
      data: { threshold },
    })),
    at,
  );
  await tx.$executeRaw(emails.length ? Prisma.sql`WITH emails AS (${outboxEmailsSql(emails, at)}) ${audit}` : audit);
  return emails.length;
}

/**
 * One batch, in one transaction of two statements: claim the due cases and record their reminders
 * (`claimDueReminders`), then queue the emails, their payloads built and checked here like any other
 * email's, and the audit events.
 */
async function sweepBatch(prisma: Db, now: Date) {
  // A full batch of a first pass takes seconds on a busy embedded database: past the default 5 s limit.
  return prisma.$transaction(
    async (tx) => {
      const at = new Date();
      const { claimed, reminders } = await claimDueReminders(tx, now, at, BATCH);
      const emails = reminders.length ? await queueReminders(tx, reminders, at) : 0;
      const count = (threshold: DueReminder["threshold"]) => reminders.filter((r) => r.threshold === threshold).length;
      return { claimed, dueIn7: count("DUE_IN_7"), dueIn2: count("DUE_IN_2"), overdue: count("OVERDUE"), emails };
    },
    { timeout: 60_000 },
  );
}

/**
 * Reminds assignees 7 and 2 days before a case is due and escalates overdue cases to the privacy
 * officers: each case gets the most urgent threshold it is in, once per due date, idempotent across
 * reruns and concurrent sweeps. Paused clocks wait. It reads only cases whose next reminder is due,
 * so a pass with nothing to send costs one index probe whatever the number of open cases.
 */
export async function runReminderSweep(prisma: Db, now = new Date()): Promise<SweepResult> {
  const total: SweepResult = { dueIn7: 0, dueIn2: 0, overdue: 0, emails: 0 };
  for (;;) {
    const batch = await sweepBatch(prisma, now);
    total.dueIn7 += batch.dueIn7;
    total.dueIn2 += batch.dueIn2;
    total.overdue += batch.overdue;
    total.emails += batch.emails;
    if (batch.claimed < BATCH) return total;
  }
}
