import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import type { Regime, RequestType } from "@/lib/db/generated/enums";
import { makesTasks } from "@/lib/domain/fulfilment/task-rules";
import { auditEventSql } from "@/lib/server/audit/record-audit-event";
import { wakeWebhookWorkers } from "@/lib/server/webhooks/wake";
import { issueTaskLinks } from "./task-links";
import { isDirectMarketingObjection } from "@/lib/domain/cases/denial";

const takingPartRow = z.object({
  id: z.string(),
  name: z.string(),
  reach: z.enum(["MANUAL", "WEBHOOK"]),
  ownerEmails: z.array(z.string()),
  locale: z.enum(["en", "zh"]),
});

/** The systems taking part in a case of this type under this regime: active, its type, its regime or all. */
const WHERE_TAKING_PART = (type: RequestType, regime: Regime) => Prisma.sql`active
  AND ${type}::"RequestType" = ANY("requestTypes")
  AND (cardinality(regimes) = 0 OR ${regime}::"Regime" = ANY(regimes))`;

/**
 * The active systems taking part in a case of this type under this regime (none of its regimes: every one),
 * by name. The array test is SQL (`= ANY`): Prisma's `has` on an enum array is refused by the driver adapters.
 */
export function takingPartSystems(tx: Tx, type: RequestType, regime: Regime) {
  return queryRows(
    tx,
    takingPartRow,
    Prisma.sql`SELECT id::text AS id, name, reach::text AS reach, "ownerEmails", locale::text AS locale
      FROM "DataSystem" WHERE ${WHERE_TAKING_PART(type, regime)} ORDER BY name`,
  );
}

const madeRow = takingPartRow.extend({ taskId: z.string() });

/**
 * The case has just been confirmed (NEW), in the confirming transaction: one task per active system taking
 * part in its type and regime, each announced to its system (a webhook queued, or the task link emailed to
 * outside owners). A request that names a business customer makes none: it may be routed to the customer,
 * who controls the data; staff who keep it make the tasks from the case page (add-case-task.ts).
 * One audit event names the tasks by id (nothing of the request is copied onto them).
 *
 * The confirming step is on the requester's path, so its cost must not grow with the number of systems:
 * finding the systems, the tasks, the webhook deliveries (an objection to direct marketing marked urgent)
 * and the audit event are one statement (a MANUAL system's link and emails take their own few statements,
 * issueTaskLinks). No taking-part system: nothing is written.
 */
export async function createCaseTasks(
  tx: Tx,
  caseRow: { id: string; type: RequestType; regime: Regime; customerNameGiven: string | null; details: unknown },
  now: Date,
) {
  if (caseRow.customerNameGiven || !makesTasks(caseRow.type)) return [];
  const urgent = isDirectMarketingObjection(caseRow.type, caseRow.details);
  const audit = auditEventSql({ type: "task.created", actorKind: "SYSTEM", caseId: caseRow.id }, now, {
    addData: Prisma.sql`(SELECT jsonb_build_object(
        'taskIds', jsonb_agg(made.id::text ORDER BY sys.name),
        'systemIds', jsonb_agg(made."systemId"::text ORDER BY sys.name))
      FROM made JOIN sys ON sys.id = made."systemId")`,
    // Only when a task was made: the join with no row inserts nothing.
    from: "(SELECT 1 FROM made LIMIT 1) AS any_made",
  });
  const made = await queryRows(
    tx,
    madeRow,
    Prisma.sql`WITH sys AS (
        SELECT id, name, reach, "ownerEmails", locale FROM "DataSystem" WHERE ${WHERE_TAKING_PART(caseRow.type, caseRow.regime)}
      ), made AS (
        INSERT INTO "FulfilmentTask" (id, "caseId", "systemId", kind, "createdAt", "updatedAt")
        SELECT gen_random_uuid(), ${caseRow.id}::uuid, sys.id, ${caseRow.type}::"RequestType", ${now}, ${now} FROM sys
        RETURNING id, "systemId"
      ), queued AS (
        INSERT INTO "WebhookDelivery" (id, "systemId", "taskId", "eventType", urgent, "nextAttemptAt", "createdAt")
        SELECT 'msg_' || replace(gen_random_uuid()::text, '-', ''), made."systemId", made.id, 'task.created', ${urgent},
          ${now}, ${now}
        FROM made JOIN sys ON sys.id = made."systemId" WHERE sys.reach = 'WEBHOOK'
        RETURNING 1
      ), audit AS (${audit} RETURNING 1)
      SELECT made.id::text AS "taskId", sys.id::text AS id, sys.name, sys.reach::text AS reach, sys."ownerEmails",
        sys.locale::text AS locale
      FROM made JOIN sys ON sys.id = made."systemId"
      ORDER BY sys.name`,
  );
  if (made.some((row) => row.reach === "WEBHOOK")) wakeWebhookWorkers();
  for (const row of made) {
    if (row.reach === "MANUAL") await issueTaskLinks(tx, { id: row.taskId, caseId: caseRow.id }, row, now);
  }
  return made.map((row) => ({ id: row.taskId, caseId: caseRow.id, systemId: row.id }));
}
