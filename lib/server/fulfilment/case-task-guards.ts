import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { LockedCase } from "@/lib/server/cases/change-case";
import { lockTask } from "./finish-task";

/** The statuses a case's tasks are worked in: not once closed, nor while the customer has the request. */
const TASK_STATUSES = ["NEW", "IN_PROGRESS", "AWAITING_REQUESTER"] as const;

/** Refuses task work on a case that is closed, routed, unconfirmed or anonymized. */
export function checkCaseTakesTasks(found: LockedCase): void {
  if (found.anonymizedAt) throw new AppError("CONFLICT", "problems.caseAnonymized");
  if (!(TASK_STATUSES as readonly string[]).includes(found.status)) {
    throw new AppError("CONFLICT", `problems.notWhile.${found.status}`);
  }
}

/** Locks a task of this case (a task of another case reads as no such task). */
export async function lockTaskOfCase(tx: Tx, caseId: string, taskId: string) {
  const task = await lockTask(tx, taskId);
  if (task.caseId !== caseId) throw new AppError("NOT_FOUND", "problems.noSuchTask");
  return task;
}
