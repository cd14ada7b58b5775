import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { openCaseSql } from "@/lib/db/case-rules";
import { Prisma } from "@/lib/db/generated/client";
import { Locale, ReminderThreshold } from "@/lib/db/generated/enums";
import { countColumn, queryRows } from "@/lib/db/typed-rows";

/** A reminder recorded by this pass: the case, its threshold and who is to be told. */
const dueReminder = z.object({
  caseId: z.string(),
  threshold: z.enum(ReminderThreshold),
  reference: z.string(),
  dueDate: z.string(),
  /** Who is to be told, each with the language of their emails. */
  recipients: z.array(z.object({ email: z.string(), locale: z.enum(Locale) })),
});
export type DueReminder = z.infer<typeof dueReminder>;

const claimRow = z.object({ claimed: countColumn, reminders: z.array(dueReminder) });

/**
 * One statement, inside the sweep's transaction:
 * 1. claim open, running cases whose next reminder is due (`nextReminderAt <= now`, by its index;
 *    `FOR UPDATE SKIP LOCKED` so concurrent sweeps split the work),
 * 2. classify each by its most urgent threshold (overdue, due within 2 days, within 7 days) and move
 *    `nextReminderAt` on to the next threshold (none after the escalation),
 * 3. record a CaseReminder per case, threshold and due date; ON CONFLICT DO NOTHING keeps it once even
 *    if the case came round again (a recomputed deadline with the same due date),
 * 4. return exactly the reminders inserted, each with its recipients: the assignee; unassigned cases and
 *    every overdue case also go to all active privacy officers (escalation).
 */
export async function claimDueReminders(tx: Tx, now: Date, at: Date, batch: number) {
  const [row] = await queryRows(
    tx,
    claimRow,
    Prisma.sql`
    WITH due AS (
      SELECT c.id, c."dueAt",
             CASE WHEN c."dueAt" < ${now} THEN 'OVERDUE'
                  WHEN c."dueAt" < ${now}::timestamptz + interval '2 days' THEN 'DUE_IN_2'
                  ELSE 'DUE_IN_7' END AS threshold
      FROM "Case" c
      WHERE c."nextReminderAt" <= ${now}
        AND ${openCaseSql}
        AND c."clockPausedAt" IS NULL
      ORDER BY c."nextReminderAt"
      LIMIT ${batch}
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
      SELECT gen_random_uuid(), d.id, d.threshold::"ReminderThreshold", d."dueAt", ${at}
      FROM due d
      ON CONFLICT ("caseId", threshold, "dueAt") DO NOTHING
      RETURNING "caseId", threshold::text AS threshold
    )
    SELECT (SELECT count(*) FROM advanced) AS claimed,
      COALESCE((
        SELECT json_agg(json_build_object(
          'caseId', i."caseId", 'threshold', i.threshold, 'reference', c.reference, 'dueDate', c."dueDate",
          'recipients', ARRAY(
            SELECT json_build_object('email', r.email, 'locale', r.locale) FROM (
              SELECT DISTINCT u.email, u.locale::text AS locale FROM "User" u
              WHERE NOT u.disabled
                AND (u.id = c."assigneeId"
                  OR (u.role = 'PRIVACY_OFFICER' AND (c."assigneeId" IS NULL OR i.threshold = 'OVERDUE')))
            ) r
            ORDER BY r.email)))
        FROM inserted i JOIN "Case" c ON c.id = i."caseId"), '[]') AS reminders`,
  );
  return row ?? { claimed: 0, reminders: [] };
}
