import "server-only";
import { hashToken, newLinkToken } from "@/lib/crypto/tokens";
import type { Db, Tx } from "@/lib/db/client";
import { taskLinkExpiry, taskReminders } from "@/lib/domain/fulfilment/task-clock";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { caseCalendar } from "@/lib/server/routing/routing-policy";
import { loadFulfilmentPolicy } from "./load-fulfilment-policy";

/** One answer for every unusable task link: unknown, expired, revoked, finished or its case closed. */
export const INVALID_TASK_LINK = "taskLink.linkGone" as const;

/**
 * Starts a MANUAL task's business-day clock (reminder to its owners, then the officers' alert), from the
 * FulfilmentPolicy on the case regime's calendar. Called when the task is announced and when its link is
 * sent again.
 */
export async function startTaskClock(tx: Tx, task: { id: string; caseId: string }, now: Date) {
  const found = await tx.case.findUniqueOrThrow({ where: { id: task.caseId }, select: { policy: true } });
  const policy = await loadFulfilmentPolicy(tx);
  const { timeZone, calendar } = await caseCalendar(tx, found.policy);
  const clock = taskReminders(now, policy, timeZone, calendar);
  await tx.fulfilmentTask.update({
    where: { id: task.id },
    data: { ...clock, remindedAt: null, escalatedAt: null },
  });
  return clock;
}

/**
 * Gives a MANUAL task its owners' part, in the transaction that made the task (or re-sends it): starts the
 * task's clock and, when the system has outside owners, sets a fresh 256-bit link (only its SHA-256 is kept;
 * it expires 30 days after the case's due date, and stops working sooner when the task is finished, the link
 * revoked or the case closed or anonymized) and queues the "task-assigned" email with it to each outside
 * owner, in the system's language. Staff owners see the task under "My tasks". The token leaves the outbox
 * row once the email is sent (a secret field of the template).
 */
export async function issueTaskLinks(
  tx: Tx,
  task: { id: string; caseId: string },
  system: { id: string; ownerEmails: string[]; locale: "en" | "zh" },
  now: Date,
): Promise<void> {
  await startTaskClock(tx, task, now);
  if (system.ownerEmails.length === 0) return;
  const found = await tx.case.findUniqueOrThrow({
    where: { id: task.caseId },
    select: { reference: true, dueAt: true, dueDate: true, type: true },
  });
  const named = await tx.dataSystem.findUniqueOrThrow({ where: { id: system.id }, select: { name: true } });
  const link = newLinkToken();
  const expiresAt = taskLinkExpiry(found.dueAt);
  await tx.fulfilmentTask.update({
    where: { id: task.id },
    data: { tokenHash: link.hash, linkExpiresAt: expiresAt, linkRevokedAt: null },
  });
  for (const to of new Set(system.ownerEmails)) {
    await enqueueEmail(tx, {
      template: "task-assigned",
      to,
      locale: system.locale,
      caseId: task.caseId,
      payload: {
        reference: found.reference,
        systemName: named.name,
        kind: found.type,
        dueDate: found.dueDate,
        token: link.token,
        expiresAt: expiresAt.toISOString(),
      },
    });
  }
}

/** Stops a task's link now (a re-send replaces it, staff revoke it); false when there was no live link. */
export async function revokeTaskLinkNow(tx: Tx, taskId: string, now: Date): Promise<boolean> {
  const revoked = await tx.fulfilmentTask.updateMany({
    where: { id: taskId, tokenHash: { not: null }, linkRevokedAt: null },
    data: { linkRevokedAt: now },
  });
  return revoked.count > 0;
}

/**
 * The task behind an outside owner's link. Unknown, expired and revoked links, and links whose case is closed
 * or anonymized, all get the same NOT_FOUND answer, which reveals nothing about any case. A link whose task
 * was finished (which revokes it) still finds its task, so its holder is told it is finished already (a
 * replayed answer is refused as a conflict, changing nothing) rather than that the link never existed.
 */
export async function taskForToken(client: Db | Tx, token: unknown, now: Date) {
  const invalid = new AppError("NOT_FOUND", INVALID_TASK_LINK);
  if (typeof token !== "string" || token.length < 20 || token.length > 100) throw invalid;
  const task = await client.fulfilmentTask.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { case: { select: { status: true, anonymizedAt: true } } },
  });
  if (!task || !linkFindsTask(task, now)) throw invalid;
  return task;
}

/** Whether a task's link still leads to it now (see taskForToken). */
export function linkFindsTask(
  task: {
    linkRevokedAt: Date | null;
    linkExpiresAt: Date | null;
    finishedAt: Date | null;
    case: { status: string; anonymizedAt: Date | null };
  },
  now: Date,
): boolean {
  if (task.linkExpiresAt === null || task.linkExpiresAt <= now) return false;
  if (task.case.status === "CLOSED" || task.case.anonymizedAt !== null) return false;
  // Revoked otherwise than by the task's finishing (finishTask revokes it at the instant it finishes the
  // task): by staff, or replaced by a new link.
  if (task.linkRevokedAt !== null && task.linkRevokedAt.getTime() !== task.finishedAt?.getTime()) return false;
  return true;
}
