import "server-only";
import { escalationRecipients } from "@/lib/server/users/escalation-recipients";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queryRows } from "@/lib/db/typed-rows";
import { localDateOf } from "@/lib/domain/deadlines";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";

export interface TaskSweepResult {
  /** Tasks whose owners were reminded in this pass. */
  reminded: number;
  /** Tasks escalated to the privacy officers in this pass. */
  escalated: number;
  emails: number;
}

const BATCH = 100;

const claimedTask = z.object({ id: z.string(), caseId: z.string(), systemId: z.string(), createdAt: z.date() });
type ClaimedTask = z.infer<typeof claimedTask>;

/** The task's clock columns for each step: when it is due, and when it was done. */
const STEP_COLUMNS = {
  remind: { due: Prisma.raw('"remindAt"'), done: Prisma.raw('"remindedAt"') },
  escalate: { due: Prisma.raw('"escalateAt"'), done: Prisma.raw('"escalatedAt"') },
} as const;

/*
 * Claiming, as the routing sweep does: one statement marks a batch of due tasks as reminded (or escalated)
 * and returns them. Only OPEN tasks on cases neither closed nor anonymized qualify. The task and its case
 * are locked with SKIP LOCKED (case and task together, as every case change takes them), so two sweeps
 * split the work instead of sending twice, and a task someone is finishing right now is left for the next
 * pass (where it no longer qualifies).
 */
function claimDue(tx: Tx, step: keyof typeof STEP_COLUMNS, now: Date) {
  const { due, done } = STEP_COLUMNS[step];
  return queryRows(
    tx,
    claimedTask,
    Prisma.sql`
    UPDATE "FulfilmentTask" t SET ${done} = ${now}
    FROM (
      SELECT t2.id FROM "FulfilmentTask" t2 JOIN "Case" c ON c.id = t2."caseId"
      WHERE t2.${due} <= ${now} AND t2.${done} IS NULL
        AND t2.state = 'OPEN' AND c.status <> 'CLOSED' AND c."anonymizedAt" IS NULL
      ORDER BY t2.${due}
      LIMIT ${BATCH}
      FOR UPDATE OF t2, c SKIP LOCKED
    ) due
    WHERE t.id = due.id AND t.${done} IS NULL
    RETURNING t.id, t."caseId", t."systemId", t."createdAt"`,
  );
}

/** The cases and systems of a batch of tasks. */
async function contextOf(tx: Tx, claimed: ClaimedTask[]) {
  const cases = await tx.case.findMany({
    where: { id: { in: claimed.map((t) => t.caseId) } },
    select: { id: true, reference: true, policy: true, assigneeId: true, dueDate: true },
  });
  const systems = await tx.dataSystem.findMany({
    where: { id: { in: claimed.map((t) => t.systemId) } },
    select: { id: true, name: true, locale: true, ownerEmails: true, ownerIds: true },
  });
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const systemById = new Map(systems.map((s) => [s.id, s]));
  return {
    // Both exist: the claim joined the case, and a task's system cannot be deleted under it.
    caseOf: (task: ClaimedTask) => caseById.get(task.caseId)!,
    systemOf: (task: ClaimedTask) => systemById.get(task.systemId)!,
  };
}

/** One batch of reminders to the owners of tasks still open at their reminder time. */
async function remindBatch(tx: Tx, now: Date) {
  const claimed = await claimDue(tx, "remind", now);
  if (claimed.length === 0) return { claimed: 0, emails: 0 };
  const { caseOf, systemOf } = await contextOf(tx, claimed);
  const staffIds = [...new Set(claimed.flatMap((t) => systemOf(t).ownerIds))];
  const staff = await tx.user.findMany({
    where: { id: { in: staffIds }, disabled: false },
    select: { id: true, email: true, locale: true },
  });
  const links = await tx.fulfilmentTask.findMany({
    where: { id: { in: claimed.map((t) => t.id) } },
    select: { id: true, tokenHash: true, linkRevokedAt: true, linkExpiresAt: true },
  });
  const linkOf = new Map(links.map((l) => [l.id, l]));
  let emails = 0;
  for (const task of claimed) {
    const found = caseOf(task);
    const system = systemOf(task);
    const link = linkOf.get(task.id);
    // Outside owners hear again only while their link works (they are told to use it); staff owners always.
    const linkWorks = Boolean(link?.tokenHash && !link.linkRevokedAt && link.linkExpiresAt && link.linkExpiresAt > now);
    const sentOn = localDateOf(task.createdAt, policyOfCase(found.policy).timeZone);
    const payload = { reference: found.reference, systemName: system.name, sentOn, dueDate: found.dueDate };
    const recipients = new Map<string, { locale: "en" | "zh"; staff: boolean }>();
    if (linkWorks) for (const to of system.ownerEmails) recipients.set(to, { locale: system.locale, staff: false });
    for (const user of staff.filter((u) => system.ownerIds.includes(u.id))) {
      recipients.set(user.email, { locale: user.locale, staff: true });
    }
    for (const [to, { locale, staff: isStaff }] of recipients) {
      await enqueueEmail(tx, {
        template: "task-reminder",
        to,
        locale,
        caseId: found.id,
        payload: { ...payload, staff: isStaff },
      });
      emails++;
    }
    await recordAuditEvent(tx, {
      type: "task.reminded",
      actorKind: "SYSTEM",
      caseId: found.id,
      data: { taskId: task.id, systemId: task.systemId, recipients: recipients.size },
    });
  }
  return { claimed: claimed.length, emails };
}

/** One batch of alerts to the privacy officers (and the case's assignee) about tasks still open. */
async function escalateBatch(tx: Tx, now: Date) {
  const claimed = await claimDue(tx, "escalate", now);
  if (claimed.length === 0) return { claimed: 0, emails: 0 };
  const { caseOf, systemOf } = await contextOf(tx, claimed);
  const days = (await loadFulfilmentPolicy(tx)).escalateAfterBusinessDays;
  const recipientsOf = await escalationRecipients(
    tx,
    claimed.map((t) => caseOf(t).assigneeId),
  );
  let emails = 0;
  for (const task of claimed) {
    const found = caseOf(task);
    const recipients = recipientsOf(found.assigneeId);
    for (const [to, locale] of recipients) {
      await enqueueEmail(tx, {
        template: "task-escalated",
        to,
        locale,
        caseId: found.id,
        payload: { reference: found.reference, caseId: found.id, systemName: systemOf(task).name, days },
      });
      emails++;
    }
    await recordAuditEvent(tx, {
      type: "task.escalated",
      actorKind: "SYSTEM",
      caseId: found.id,
      data: { taskId: task.id, systemId: task.systemId, recipients: recipients.size, businessDays: days },
    });
  }
  return { claimed: claimed.length, emails };
}

/**
 * The fulfilment clock: reminds an open task's owners once at its `remindAt` (outside owners while their
 * link works, staff owners by "My tasks"), and alerts the privacy officers and the case's assignee once at
 * its `escalateAt`. Each batch claims its tasks, queues the emails and writes the audit events in one
 * transaction, so a reminder is sent once however many sweeps run; a failed batch leaves its tasks for
 * the next pass.
 */
export async function runTaskSweep(prisma: Db, now = new Date()): Promise<TaskSweepResult> {
  const total: TaskSweepResult = { reminded: 0, escalated: 0, emails: 0 };
  for (;;) {
    const batch = await prisma.$transaction((tx) => remindBatch(tx, now), { timeout: 60_000 });
    total.reminded += batch.claimed;
    total.emails += batch.emails;
    if (batch.claimed < BATCH) break;
  }
  for (;;) {
    const batch = await prisma.$transaction((tx) => escalateBatch(tx, now), { timeout: 60_000 });
    total.escalated += batch.claimed;
    total.emails += batch.emails;
    if (batch.claimed < BATCH) break;
  }
  return total;
}
