import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { idRow, queryRows } from "@/lib/db/typed-rows";
import type { Regime, RequestType } from "@/lib/db/generated/enums";
import { makesTasks } from "@/lib/domain/fulfilment/task-rules";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { announceTask } from "./announce-task";
import { isDirectMarketingObjection } from "@/lib/domain/cases/denial";

/**
 * The active systems taking part in a case of this type under this regime (none of its regimes: every one).
 * The array test is SQL (`= ANY`): Prisma's `has` on an enum array is refused by the driver adapters.
 */
export async function takingPartSystems(tx: Tx, type: RequestType, regime: Regime) {
  const ids = await queryRows(
    tx,
    idRow,
    Prisma.sql`SELECT id::text AS id FROM "DataSystem"
      WHERE active
        AND ${type}::"RequestType" = ANY("requestTypes")
        AND (cardinality(regimes) = 0 OR ${regime}::"Regime" = ANY(regimes))`,
  );
  if (ids.length === 0) return [];
  return tx.dataSystem.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, reach: true, ownerEmails: true, locale: true },
  });
}

/**
 * The case has just been confirmed (NEW), in the confirming transaction: one task per active system taking
 * part in its type and regime, each announced to its system (a webhook queued, or the task link emailed to
 * outside owners). A request that names a business customer makes none: it may be routed to the customer,
 * who controls the data; staff who keep it make the tasks from the case page (add-case-task.ts).
 * One audit event names the tasks by id (nothing of the request is copied onto them).
 */
export async function createCaseTasks(
  tx: Tx,
  caseRow: { id: string; type: RequestType; regime: Regime; customerNameGiven: string | null; details: unknown },
  now: Date,
) {
  if (caseRow.customerNameGiven || !makesTasks(caseRow.type)) return [];
  const systems = await takingPartSystems(tx, caseRow.type, caseRow.regime);
  if (systems.length === 0) return [];
  const tasks = await tx.fulfilmentTask.createManyAndReturn({
    data: systems.map((system) => ({ caseId: caseRow.id, systemId: system.id, kind: caseRow.type, createdAt: now })),
    select: { id: true, caseId: true, systemId: true },
  });
  const systemOf = new Map(systems.map((system) => [system.id, system]));
  const urgent = isDirectMarketingObjection(caseRow.type, caseRow.details);
  for (const task of tasks) {
    await announceTask(tx, task, systemOf.get(task.systemId)!, now, { urgent });
  }
  await recordAuditEvent(tx, {
    type: "task.created",
    actorKind: "SYSTEM",
    caseId: caseRow.id,
    data: { taskIds: tasks.map((task) => task.id), systemIds: tasks.map((task) => task.systemId) },
  });
  return tasks;
}
