import "server-only";
import type { Db } from "@/lib/db/client";
import { correctionOf, taskInstruction, type InstructionKey } from "@/lib/domain/fulfilment/task-instructions";

/**
 * The JSON a system receives (Standard Webhooks: `type`, `timestamp`, `data`), built when sent from the
 * task and its case, so nothing personal is stored in the delivery row. A task asks the system to do its
 * case's kind of work; `instruction` says what in codes and values a program can act on (the words staff
 * and owners read are the catalogue's). The subject's email is the only identifier sent: the system needs
 * it to find the person. `resultUrl` is where the system answers (POST, Bearer API token).
 */

export type DeliveryEvent = "task.created" | "task.cancelled" | "system.test";

export interface DeliveryBody {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

const taskSelect = {
  id: true,
  kind: true,
  state: true,
  reason: true,
  case: {
    select: {
      reference: true,
      regime: true,
      dueAt: true,
      details: true,
      subjectEmail: true,
      anonymizedAt: true,
      status: true,
      requester: { select: { email: true } },
    },
  },
} as const;

export type TaskForBody = NonNullable<Awaited<ReturnType<typeof loadTasksForBodies>>[number]>;

/** The tasks a batch of deliveries is about, in one query. */
export function loadTasksForBodies(prisma: Db, taskIds: string[]) {
  return prisma.fulfilmentTask.findMany({ where: { id: { in: taskIds } }, select: taskSelect });
}

/** The instruction's code on the wire (a stable API: programs switch on it), for each of the words' keys. */
const WIRE_CODES: Record<InstructionKey, string> = {
  access: "export",
  deletion: "delete",
  correction: "correct",
  correctionFromTo: "correct",
  objection: "stop_processing",
  objectionMarketing: "suppress_marketing",
  withdrawal: "stop_consent_processing",
  other: "review",
};

/**
 * What the task asks, in codes and the request's own values: the instruction staff and owners read
 * (lib/domain/fulfilment/task-instructions.ts), coded for a program.
 */
export function instructionFor(task: TaskForBody): { key: string; args: Record<string, string | boolean> } {
  const { key, args } = taskInstruction(task.kind, task.case.details);
  const code = WIRE_CODES[key];
  switch (key) {
    case "correction":
    case "correctionFromTo":
      return {
        key: code,
        args: { item: args.item ?? "", ...(args.before ? { from: args.before } : {}), to: args.value ?? "" },
      };
    case "objection":
    case "objectionMarketing":
      return { key: code, args: { purpose: args.purpose ?? "", directMarketing: key === "objectionMarketing" } };
    case "withdrawal":
      return { key: code, args: { purpose: args.purpose ?? "" } };
    default:
      return { key: code, args: {} };
  }
}

export function resultUrlFor(appUrl: string, taskId: string): string {
  return new URL(`/api/v1/tasks/${taskId}/result`, appUrl).toString();
}

export function deliveryBody(
  event: { eventType: string; systemId: string },
  task: TaskForBody | undefined,
  appUrl: string,
  now: Date,
): DeliveryBody {
  const base = { type: event.eventType, timestamp: now.toISOString() };
  if (event.eventType === "system.test" || !task) return { ...base, data: { systemId: event.systemId } };
  if (event.eventType === "task.cancelled") {
    return {
      ...base,
      data: { taskId: task.id, caseReference: task.case.reference, kind: task.kind, state: task.state },
    };
  }
  const instruction = instructionFor(task);
  const correction = task.kind === "CORRECTION" ? correctionOf(task.case.details) : null;
  return {
    ...base,
    data: {
      taskId: task.id,
      caseReference: task.case.reference,
      kind: task.kind,
      regime: task.case.regime,
      dueAt: task.case.dueAt.toISOString(),
      instruction,
      subject: { email: task.case.subjectEmail ?? task.case.requester.email },
      ...(correction ? { correction } : {}),
      resultUrl: resultUrlFor(appUrl, task.id),
    },
  };
}
