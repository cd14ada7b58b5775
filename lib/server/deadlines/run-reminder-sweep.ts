import "server-only";
import type { Db } from "@/lib/db/client";

export interface SweepResult {
  dueIn7: number;
  dueIn2: number;
  overdue: number;
  emails: number;
}

const BATCH = 1000;

/**
 * One batch, set-based in a single statement:
 * 1. claim open, running cases whose next reminder is due (`nextReminderAt <= now`, by its index;
 *    `FOR UPDATE SKIP LOCKED` so concurrent sweeps split the work),
 * 2. classify each by its most urgent threshold (overdue, due within 2 days, within 7 days) and move
 *    `nextReminderAt` on to the next threshold (none after the escalation),
 * 3. record a CaseReminder per case, threshold and due date; ON CONFLICT DO NOTHING keeps it once even
 *    if the case came round again (a recomputed deadline with the same due date),
 * 4. queue an email and an audit event for exactly the reminders inserted. Recipients: the assignee;
 *    unassigned cases and every overdue case also go to all active privacy officers (escalation).
 */
async function sweepBatch(prisma: Db, now: Date) {
  const rows = await prisma.$queryRawUnsafe<
    { claimed: bigint; dueIn7: bigint; dueIn2: bigint; overdue: bigint; emails: bigint }[]
  >(
    `
    WITH due AS (
      SELECT c.id, c."dueAt",
             CASE WHEN c."dueAt" < $1 THEN 'OVERDUE'
                  WHEN c."dueAt" < $1 + interval '2 days' THEN 'DUE_IN_2'
                  ELSE 'DUE_IN_7' END AS threshold
      FROM "Case" c
      WHERE c."nextReminderAt" <= $1
        AND c.status IN ('NEW', 'IN_PROGRESS', 'AWAITING_REQUESTER', 'ROUTED')
        AND c."clockPausedAt" IS NULL
      ORDER BY c."nextReminderAt"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    ),
    advanced AS (
      UPDATE "Case" c
      SET "nextReminderAt" = CASE d.threshold
            WHEN 'DUE_IN_7' THEN c."dueAt" - interval '2 days'
            WHEN 'DUE_IN_2' THEN c."dueAt" + interval '1 millisecond'
            ELSE NULL END
      FROM due d
      WHERE c.id = d.id
      RETURNING c.id
    ),
    inserted AS (
      INSERT INTO "CaseReminder" (id, "caseId", threshold, "dueAt", "createdAt")
      SELECT gen_random_uuid(), d.id, d.threshold::"ReminderThreshold", d."dueAt", $2
      FROM due d
      ON CONFLICT ("caseId", threshold, "dueAt") DO NOTHING
      RETURNING "caseId", threshold::text AS threshold
    ),
    recipients AS (
      SELECT i."caseId", i.threshold, c.reference, c."dueDate", u.email
      FROM inserted i
      JOIN "Case" c ON c.id = i."caseId"
      JOIN "User" u ON u.id = c."assigneeId" AND NOT u.disabled
      UNION
      SELECT i."caseId", i.threshold, c.reference, c."dueDate", u.email
      FROM inserted i
      JOIN "Case" c ON c.id = i."caseId"
      JOIN "User" u ON u.role = 'PRIVACY_OFFICER' AND NOT u.disabled
      WHERE c."assigneeId" IS NULL OR i.threshold = 'OVERDUE'
    ),
    emails AS (
      INSERT INTO "OutboxEmail" (id, template, "to", locale, payload, "caseId", status, attempts, "nextAttemptAt", "createdAt")
      SELECT gen_random_uuid(), 'staff-deadline-reminder', r.email, 'en',
             jsonb_build_object('reference', r.reference, 'caseId', r."caseId", 'threshold', r.threshold, 'dueDate', r."dueDate"),
             r."caseId", 'PENDING', 0, $2, $2
      FROM recipients r
      RETURNING 1
    ),
    audit AS (
      INSERT INTO "AuditEvent" (type, "caseId", "actorKind", data, "createdAt")
      SELECT 'deadline.reminder_queued', i."caseId", 'SYSTEM', jsonb_build_object('threshold', i.threshold), $2
      FROM inserted i
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM advanced) AS claimed,
           (SELECT count(*) FROM inserted WHERE threshold = 'DUE_IN_7') AS "dueIn7",
           (SELECT count(*) FROM inserted WHERE threshold = 'DUE_IN_2') AS "dueIn2",
           (SELECT count(*) FROM inserted WHERE threshold = 'OVERDUE') AS overdue,
           (SELECT count(*) FROM emails) AS emails
    `,
    now,
    new Date(),
  );
  const row = rows[0];
  return {
    claimed: Number(row?.claimed ?? 0),
    dueIn7: Number(row?.dueIn7 ?? 0),
    dueIn2: Number(row?.dueIn2 ?? 0),
    overdue: Number(row?.overdue ?? 0),
    emails: Number(row?.emails ?? 0),
  };
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
