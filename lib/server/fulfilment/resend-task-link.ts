import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { taskLinkActionSchema } from "@/lib/domain/fulfilment/task-link-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { issueTaskLinks, revokeTaskLinkNow } from "./task-links";

/**
 * Sends an open MANUAL task's link again to its system's outside owners as listed now: a new 256-bit link
 * (the old one stops working) and the task's clock starts again. Audited with ids only (the addresses are
 * the system's, counted).
 */
export function resendTaskLink(input: z.input<typeof taskLinkActionSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, permission: "cases:work", schema: taskLinkActionSchema, input },
    async ({ tx, data, found }) => {
      const task = await tx.fulfilmentTask.findFirst({
        where: { id: data.taskId, caseId: found.id },
        include: { system: { select: { id: true, reach: true, ownerEmails: true, locale: true } } },
      });
      if (!task) throw new AppError("NOT_FOUND", "problems.noSuchTask");
      if (found.status === "CLOSED" || found.anonymizedAt) throw new AppError("CONFLICT", "problems.taskCaseClosed");
      if (task.state !== "OPEN") throw new AppError("CONFLICT", "problems.taskAlreadyFinished");
      if (task.system.reach !== "MANUAL" || task.system.ownerEmails.length === 0) {
        throw new AppError("CONFLICT", "taskLink.staff.noOutsideOwners");
      }
      const replaced = await revokeTaskLinkNow(tx, task.id, now);
      await issueTaskLinks(tx, task, task.system, now);
      await recordAuditEvent(tx, {
        type: "task.link_resent",
        ...staffEvent(actor),
        caseId: found.id,
        data: { taskId: task.id, systemId: task.systemId, replaced, recipients: new Set(task.system.ownerEmails).size },
      });
      return { taskId: task.id };
    },
  );
}
