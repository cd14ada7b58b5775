import "server-only";
import { db } from "@/lib/db/client";
import { isDirectMarketingObjection } from "@/lib/domain/cases/denial";
import { draftSummary } from "@/lib/domain/fulfilment/draft-summary";
import { taskInstruction } from "@/lib/domain/fulfilment/task-instructions";
import { isUnfinished } from "@/lib/domain/fulfilment/task-rules";
import type { Locale } from "@/lib/i18n/languages";
import { downloadName } from "@/lib/server/uploads/download-name";

/**
 * What the case page's Tasks panel shows of a case the caller has already checked the actor may see: each
 * task with its system, its instruction (worded from the case's details), its state and result, who
 * finished it and when, its files, and for a webhook system the last delivery; the systems a task can
 * still be added for; the resolution summary drafted from the results in the requester's language; and,
 * for an objection to direct marketing, how long it took from confirmation to suppression.
 */
export async function caseTasks(caseRow: {
  id: string;
  reference: string;
  type: string;
  details: unknown;
  requesterLocale: Locale;
}) {
  const prisma = db();
  const [tasks, systems, confirmed] = await Promise.all([
    prisma.fulfilmentTask.findMany({
      where: { caseId: caseRow.id },
      orderBy: { createdAt: "asc" },
      include: {
        system: { select: { id: true, name: true, reach: true, ownerEmails: true } },
        uploads: { orderBy: { number: "asc" }, select: { id: true, number: true, filename: true, contentType: true } },
        deliveries: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: {
            id: true,
            status: true,
            attempts: true,
            lastStatusCode: true,
            lastError: true,
            nextAttemptAt: true,
            eventType: true,
          },
        },
      },
    }),
    prisma.dataSystem.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.auditEvent.findFirst({
      where: { caseId: caseRow.id, type: { in: ["case.email_verified", "case.logged"] } },
      orderBy: { id: "asc" },
      select: { createdAt: true },
    }),
  ]);
  const finisherIds = [...new Set(tasks.flatMap((task) => (task.finishedById ? [task.finishedById] : [])))];
  const finishers = new Map(
    (await prisma.user.findMany({ where: { id: { in: finisherIds } }, select: { id: true, name: true } })).map(
      (user) => [user.id, user.name],
    ),
  );
  // A system whose task nobody did (not applicable, waived) may be given it again.
  const tasked = new Set(
    tasks.filter((task) => task.state !== "NOT_APPLICABLE" && task.state !== "WAIVED").map((task) => task.systemId),
  );
  // Suppressed everywhere: once no task is left unfinished, the last system's suppression.
  const suppressedAt = tasks.some((task) => isUnfinished(task.state))
    ? undefined
    : tasks
        .filter((task) => task.state === "DONE" && task.result === "SUPPRESSED" && task.finishedAt)
        .map((task) => task.finishedAt!.getTime())
        .sort((a, b) => b - a)[0];
  return {
    tasks: tasks.map((task) => ({
      id: task.id,
      system: {
        id: task.system.id,
        name: task.system.name,
        reach: task.system.reach,
        /** A MANUAL system with owners outside the staff: its tasks have links to send again or revoke. */
        hasOutsideOwners: task.system.ownerEmails.length > 0,
      },
      kind: task.kind,
      instruction: taskInstruction(task.kind, caseRow.details),
      state: task.state,
      result: task.result,
      reason: task.reason,
      responseExcerpt: task.responseExcerpt,
      createdAt: task.createdAt,
      finishedAt: task.finishedAt,
      finishedBy: task.finishedBy,
      finishedByName: task.finishedById ? (finishers.get(task.finishedById) ?? null) : null,
      hasLink: task.tokenHash !== null,
      linkExpiresAt: task.linkExpiresAt,
      linkRevokedAt: task.linkRevokedAt,
      files: task.uploads.map((upload) => ({
        id: upload.id,
        filename: upload.filename,
        downloadName: downloadName(caseRow.reference, upload.number, upload.contentType),
      })),
      lastDelivery: task.deliveries[0] ?? null,
    })),
    systemsToAdd: systems.filter((system) => !tasked.has(system.id)),
    draftSummary: draftSummary(
      caseRow.requesterLocale,
      tasks.map((task) => ({ systemName: task.system.name, state: task.state, result: task.result })),
    ),
    /** Objections to direct marketing: from confirmation to suppression in every system, in ms. */
    suppression: isDirectMarketingObjection(caseRow.type, caseRow.details)
      ? {
          confirmedAt: confirmed?.createdAt ?? null,
          suppressedAt: suppressedAt === undefined ? null : new Date(suppressedAt),
          tookMs:
            confirmed && suppressedAt !== undefined ? Math.max(0, suppressedAt - confirmed.createdAt.getTime()) : null,
        }
      : null,
  };
}

export type CaseTasks = Awaited<ReturnType<typeof caseTasks>>;
export type CaseTask = CaseTasks["tasks"][number];
