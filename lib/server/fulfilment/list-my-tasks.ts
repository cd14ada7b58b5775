import "server-only";
import { deliveryErrorOfReason } from "@/lib/domain/fulfilment/delivery-errors";
import type { Actor } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { taskInstruction } from "@/lib/domain/fulfilment/task-instructions";
import { RESULTS_BY_KIND, UNFINISHED_STATES, makesTasks } from "@/lib/domain/fulfilment/task-rules";

const LIMIT = 200;

/**
 * "My tasks": the OPEN and FAILED tasks of the systems the staff member owns, on cases still open, most
 * urgent first, each with what to do (worded from the case's details, as an outside owner's page words it)
 * and the results it may report. Read-only.
 */
export async function listMyTasks(actor: Actor) {
  const tasks = await db().fulfilmentTask.findMany({
    where: {
      state: { in: [...UNFINISHED_STATES] },
      system: { ownerIds: { has: actor.id } },
      case: { status: { not: "CLOSED" }, anonymizedAt: null },
    },
    orderBy: [{ case: { dueAt: "asc" } }, { createdAt: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      kind: true,
      state: true,
      reason: true,
      finishedBy: true,
      caseId: true,
      system: { select: { name: true } },
      case: {
        select: {
          reference: true,
          dueDate: true,
          details: true,
          subjectEmail: true,
          requester: { select: { email: true } },
        },
      },
    },
  });
  return tasks.map((task) => ({
    id: task.id,
    caseId: task.caseId,
    reference: task.case.reference,
    dueDate: task.case.dueDate,
    systemName: task.system.name,
    kind: task.kind,
    state: task.state,
    reason: task.state === "FAILED" ? task.reason : null,
    /** FAILED because its webhook delivery failed: the worker's error, for the page to word. */
    deliveryError: task.state === "FAILED" ? deliveryErrorOfReason(task.reason, task.finishedBy) : null,
    instruction: taskInstruction(task.kind, task.case.details),
    // As on an outside owner's page: an access export needs the person's address to find their data.
    identifier: task.kind === "ACCESS" ? (task.case.subjectEmail ?? task.case.requester.email) : null,
    results: makesTasks(task.kind) ? RESULTS_BY_KIND[task.kind] : [],
  }));
}

export type MyTask = Awaited<ReturnType<typeof listMyTasks>>[number];
