import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { insertRowsSql } from "@/lib/db/insert-sql";
import type { Regime, RequestType } from "@/lib/db/generated/enums";
import { makesTasks } from "@/lib/domain/fulfilment/task-rules";
import { auditEventSql } from "@/lib/server/audit/record-audit-event";
import { webhookDeliveryRow } from "@/lib/server/webhooks/enqueue-delivery";
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

/**
 * The active systems taking part in a case of this type under this regime (none of its regimes: every one),
 * by name. The array test is SQL (`= ANY`): Prisma's `has` on an enum array is refused by the driver adapters.
 */
export function takingPartSystems(tx: Tx, type: RequestType, regime: Regime) {
  return queryRows(
    tx,
    takingPartRow,
    Prisma.sql`SELECT id::text AS id, name, reach::text AS reach, "ownerEmails", locale::text AS locale
      FROM "DataSystem"
      WHERE active
        AND ${type}::"RequestType" = ANY("requestTypes")
        AND (cardinality(regimes) = 0 OR ${regime}::"Regime" = ANY(regimes))
      ORDER BY name`,
  );
}

/**
 * The case has just been confirmed (NEW), in the confirming transaction: one task per active system taking
 * part in its type and regime, each announced to its system (a webhook queued, or the task link emailed to
 * outside owners). A request that names a business customer makes none: it may be routed to the customer,
 * who controls the data; staff who keep it make the tasks from the case page (add-case-task.ts).
 * One audit event names the tasks by id (nothing of the request is copied onto them).
 *
 * The confirming step is on the requester's path, so its cost must not grow with the number of systems: the
 * tasks, the webhook deliveries and the audit event are one statement after the one that finds the systems
 * (a MANUAL system's link and emails take their own few statements, issueTaskLinks).
 */
export async function createCaseTasks(
  tx: Tx,
  caseRow: { id: string; type: RequestType; regime: Regime; customerNameGiven: string | null; details: unknown },
  now: Date,
) {
  if (caseRow.customerNameGiven || !makesTasks(caseRow.type)) return [];
  const systems = await takingPartSystems(tx, caseRow.type, caseRow.regime);
  if (systems.length === 0) return [];
  const urgent = isDirectMarketingObjection(caseRow.type, caseRow.details);
  const tasks = systems.map((system) => ({
    row: {
      id: randomUUID(),
      caseId: caseRow.id,
      systemId: system.id,
      kind: caseRow.type,
      createdAt: now,
      updatedAt: now,
    },
    system,
  }));
  const deliveries = tasks
    .filter((task) => task.system.reach === "WEBHOOK")
    .map((task) =>
      webhookDeliveryRow({ systemId: task.system.id, taskId: task.row.id, eventType: "task.created", urgent }, now),
    );
  const audit = auditEventSql(
    {
      type: "task.created",
      actorKind: "SYSTEM",
      caseId: caseRow.id,
      data: { taskIds: tasks.map((task) => task.row.id), systemIds: tasks.map((task) => task.system.id) },
    },
    now,
  );
  const queued =
    deliveries.length > 0 ? Prisma.sql`, queued AS (${insertRowsSql("WebhookDelivery", deliveries)})` : Prisma.empty;
  await tx.$executeRaw`WITH made AS (${insertRowsSql(
    "FulfilmentTask",
    tasks.map((task) => task.row),
  )})${queued} ${audit}`;
  if (deliveries.length > 0) wakeWebhookWorkers();
  for (const task of tasks) {
    if (task.system.reach === "MANUAL") await issueTaskLinks(tx, task.row, task.system, now);
  }
  return tasks.map((task) => ({ id: task.row.id, caseId: task.row.caseId, systemId: task.row.systemId }));
}
