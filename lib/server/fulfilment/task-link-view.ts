import "server-only";
import { db } from "@/lib/db/client";
import { taskInstruction } from "@/lib/domain/fulfilment/task-instructions";
import { RESULTS_BY_KIND, makesTasks } from "@/lib/domain/fulfilment/task-rules";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";
import { taskForToken } from "./task-links";

/**
 * What an outside owner sees behind their task link, and nothing more (docs/product-rules.md "Fulfilment"):
 * the system, the case reference, the due date and the instruction worded from the case's details; for an
 * access export the data subject's email address as the identifier to look them up by, and for no other
 * kind any contact detail. Once the task is finished, only that.
 */
export async function taskLinkView(token: unknown, now = new Date()) {
  const task = await taskForToken(db(), token, now);
  const [found, system, policy] = await Promise.all([
    db().case.findUniqueOrThrow({
      where: { id: task.caseId },
      select: {
        reference: true,
        dueDate: true,
        details: true,
        subjectEmail: true,
        requester: { select: { email: true } },
      },
    }),
    db().dataSystem.findUniqueOrThrow({ where: { id: task.systemId }, select: { name: true, locale: true } }),
    loadFulfilmentPolicy(db()),
  ]);
  const open = task.state === "OPEN";
  return {
    systemName: system.name,
    systemLocale: system.locale,
    reference: found.reference,
    dueDate: found.dueDate,
    kind: task.kind,
    state: task.state,
    open,
    instruction: taskInstruction(task.kind, found.details),
    // The person the data is about: the subject when someone asked for them, else the requester.
    identifier: open && task.kind === "ACCESS" ? (found.subjectEmail ?? found.requester.email) : null,
    results: makesTasks(task.kind) ? RESULTS_BY_KIND[task.kind] : [],
    limits: { maxFilesPerResult: policy.maxFilesPerResult, maxFileMegabytes: policy.maxFileMegabytes },
    linkExpiresAt: task.linkExpiresAt,
  };
}

export type TaskLinkView = Awaited<ReturnType<typeof taskLinkView>>;
