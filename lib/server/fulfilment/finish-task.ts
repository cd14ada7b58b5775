import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { idRow, queryRows } from "@/lib/db/typed-rows";
import { mayFinish, resultFits, type Finishing } from "@/lib/domain/fulfilment/task-rules";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { lockCase } from "@/lib/server/cases/lock-case";

/** Who reports a task's outcome: a staff member, an outside owner through the task link, or the system itself. */
export type TaskFinisher = { kind: "STAFF"; actor: Actor } | { kind: "OWNER" } | { kind: "SYSTEM"; systemId: string };

/** Locks a task row for the rest of the transaction, with what finishing it needs to know of its case. */
export async function lockTask(tx: Tx, taskId: string) {
  const rows = await queryRows(
    tx,
    idRow,
    Prisma.sql`SELECT id FROM "FulfilmentTask" WHERE id = ${taskId}::uuid FOR UPDATE`,
  );
  if (rows.length === 0) throw new AppError("NOT_FOUND", "problems.noSuchTask");
  return tx.fulfilmentTask.findUniqueOrThrow({
    where: { id: taskId },
    include: {
      case: { select: { id: true, reference: true, status: true, anonymizedAt: true } },
      system: { select: { id: true, name: true } },
    },
  });
}

export type LockedTask = Awaited<ReturnType<typeof lockTask>>;

/**
 * Locks a task's case, then the task: the order every change to a case takes (closing a case cancels its
 * unfinished tasks under the case's lock), so a result arriving while the case closes either lands first
 * or is refused, never overwritten. For callers that know only the task (the result API, a webhook's
 * synchronous answer). A task that does not exist is NOT_FOUND.
 */
export async function lockTaskWithCase(tx: Tx, taskId: string): Promise<LockedTask> {
  const known = await tx.fulfilmentTask.findUnique({ where: { id: taskId }, select: { caseId: true } });
  if (!known) throw new AppError("NOT_FOUND", "problems.noSuchTask");
  await lockCase(tx, known.caseId);
  return lockTask(tx, taskId);
}

/**
 * The one place a task's outcome is written, whoever reports it (staff on the case page or under "My tasks",
 * an outside owner by the task link, the system by the result API or its webhook answer): checks that the
 * case is still open and the task may be finished by this finisher, that a result fits the task's kind,
 * writes the state and the audit event (codes only; the note or reason stays on the task, for staff), and
 * revokes the task link once the task is done. The caller saves any files (Upload with taskId) in the same
 * transaction. Callers that know which system is asking (the result API) pass `systemId` in the finisher:
 * a task of another system is refused as FORBIDDEN.
 */
export async function finishTask(
  tx: Tx,
  task: LockedTask,
  outcome: Finishing,
  by: TaskFinisher,
  now: Date,
): Promise<LockedTask> {
  if (by.kind === "SYSTEM" && by.systemId !== task.systemId) {
    throw new AppError("FORBIDDEN", "problems.taskOfAnotherSystem");
  }
  if (task.case.status === "CLOSED" || task.case.anonymizedAt) {
    throw new AppError("CONFLICT", "problems.taskCaseClosed");
  }
  if (!mayFinish(task.state, by.kind)) throw new AppError("CONFLICT", "problems.taskAlreadyFinished");
  if (outcome.state === "DONE" && !resultFits(task.kind, outcome.result)) {
    throw new AppError("VALIDATION", "problems.checkFields", { result: ["taskResultNotForKind"] });
  }
  const updated = await tx.fulfilmentTask.update({
    where: { id: task.id },
    data: {
      state: outcome.state,
      result: outcome.state === "DONE" ? outcome.result : null,
      reason: outcome.state === "DONE" ? (outcome.note ?? null) : outcome.reason,
      finishedById: by.kind === "STAFF" ? by.actor.id : null,
      finishedBy: by.kind,
      finishedAt: now,
      remindAt: null,
      escalateAt: null,
      ...(outcome.state === "FAILED" ? {} : { linkRevokedAt: task.linkRevokedAt ?? (task.tokenHash ? now : null) }),
      version: { increment: 1 },
    },
    include: {
      case: { select: { id: true, reference: true, status: true, anonymizedAt: true } },
      system: { select: { id: true, name: true } },
    },
  });
  await recordAuditEvent(tx, {
    type: "task.finished",
    ...(by.kind === "STAFF"
      ? staffEvent(by.actor)
      : { actorKind: by.kind === "OWNER" ? ("TASK_OWNER" as const) : ("DATA_SYSTEM" as const) }),
    caseId: task.caseId,
    data: {
      taskId: task.id,
      systemId: task.systemId,
      changes: { state: { from: task.state, to: outcome.state } },
      ...(outcome.state === "DONE" ? { result: outcome.result } : {}),
    },
  });
  return updated;
}
