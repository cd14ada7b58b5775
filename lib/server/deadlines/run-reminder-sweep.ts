import type { Db } from "@/lib/db/client";

export interface SweepResult {
  dueIn7: number;
  dueIn2: number;
  overdue: number;
  emails: number;
}

const DAY_MS = 86_400_000;
const OPEN = `('NEW', 'IN_PROGRESS', 'AWAITING_REQUESTER', 'ROUTED')`;

/**
 * One reminder threshold, set-based in a single statement: record a CaseReminder for every open,
 * running case in the window that has none for this due date yet (ON CONFLICT DO NOTHING makes it once
 * per case and threshold even with two sweeps at once), then queue an email and an audit event for
 * exactly the rows inserted. Recipients: the assignee; unassigned cases and every overdue case go to
 * all active privacy officers (escalation).
 */
async function sweepThreshold(
  prisma: Db,
  threshold: "DUE_IN_7" | "DUE_IN_2" | "OVERDUE",
  from: Date | null,
  until: Date,
): Promise<{ reminders: number; emails: number }> {
  const escalate = threshold === "OVERDUE";
  const rows = await prisma.$queryRawUnsafe<{ reminders: bigint; emails: bigint }[]>(
    `
    WITH inserted AS (
      INSERT INTO "CaseReminder" (id, "caseId", threshold, "dueAt", "createdAt")
      SELECT gen_random_uuid(), c.id, $1::"ReminderThreshold", c."dueAt", $4
      FROM "Case" c
      WHERE c.status IN ${OPEN}
        AND c."clockPausedAt" IS NULL
        AND c."dueAt" < $3
        AND ($2::timestamptz IS NULL OR c."dueAt" >= $2)
      ON CONFLICT ("caseId", threshold, "dueAt") DO NOTHING
      RETURNING "caseId"
    ),
    recipients AS (
      SELECT c.id AS "caseId", c.reference, c."dueDate", u.email
      FROM inserted i
      JOIN "Case" c ON c.id = i."caseId"
      JOIN "User" u ON u.id = c."assigneeId" AND NOT u.disabled
      UNION
      SELECT c.id, c.reference, c."dueDate", u.email
      FROM inserted i
      JOIN "Case" c ON c.id = i."caseId"
      JOIN "User" u ON u.role = 'PRIVACY_OFFICER' AND NOT u.disabled
      WHERE c."assigneeId" IS NULL OR $5
    ),
    emails AS (
      INSERT INTO "OutboxEmail" (id, template, "to", locale, payload, "caseId", status, attempts, "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid(), 'staff-deadline-reminder', r.email, 'en',
             jsonb_build_object('reference', r.reference, 'caseId', r."caseId", 'threshold', $1, 'dueDate', r."dueDate"),
             r."caseId", 'PENDING', 0, $4, $4
      FROM recipients r
      RETURNING 1
    ),
    audit AS (
      INSERT INTO "AuditEvent" (type, "caseId", "actorKind", data, "createdAt")
      SELECT 'deadline.reminder_queued', i."caseId", 'SYSTEM', jsonb_build_object('threshold', $1), $4
      FROM inserted i
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted) AS reminders, (SELECT count(*) FROM emails) AS emails
    `,
    threshold,
    from,
    until,
    new Date(),
    escalate,
  );
  const row = rows[0];
  return { reminders: Number(row?.reminders ?? 0), emails: Number(row?.emails ?? 0) };
}

/**
 * Reminds assignees 7 and 2 days before a case is due and escalates overdue cases. Each case gets the
 * most urgent threshold it is in, once per due date; idempotent across reruns and concurrent sweeps.
 * Paused clocks are skipped. Served by the (status, dueAt) index.
 */
export async function runReminderSweep(prisma: Db, now = new Date()): Promise<SweepResult> {
  const at = now.getTime();
  const overdue = await sweepThreshold(prisma, "OVERDUE", null, now);
  const dueIn2 = await sweepThreshold(prisma, "DUE_IN_2", now, new Date(at + 2 * DAY_MS));
  const dueIn7 = await sweepThreshold(prisma, "DUE_IN_7", new Date(at + 2 * DAY_MS), new Date(at + 7 * DAY_MS));
  return {
    overdue: overdue.reminders,
    dueIn2: dueIn2.reminders,
    dueIn7: dueIn7.reminders,
    emails: overdue.emails + dueIn2.emails + dueIn7.emails,
  };
}
