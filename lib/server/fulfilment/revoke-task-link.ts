import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { taskLinkActionSchema } from "@/lib/domain/fulfilment/task-link-forms";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { revokeTaskLinkNow } from "./task-links";

/**
 * Staff revoke a task's link (sent to the wrong address, say): it stops working at once and its page says
 * only that the link does not work. The task stays as it is; staff may send a new link or record the result.
 */
export function revokeTaskLink(input: z.input<typeof taskLinkActionSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, permission: "cases:work", schema: taskLinkActionSchema, input },
    async ({ tx, data, found }) => {
      const task = await tx.fulfilmentTask.findFirst({ where: { id: data.taskId, caseId: found.id } });
      if (!task) throw new AppError("NOT_FOUND", "problems.noSuchTask");
      if (!(await revokeTaskLinkNow(tx, task.id, now))) throw new AppError("CONFLICT", "problems.noOpenLinkToRevoke");
      await recordAuditEvent(tx, {
        type: "task.link_revoked",
        ...staffEvent(actor),
        caseId: found.id,
        data: { taskId: task.id, systemId: task.systemId },
      });
      return { taskId: task.id };
    },
  );
}
