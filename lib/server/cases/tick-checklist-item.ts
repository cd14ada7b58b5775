import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { tickChecklistItemSchema } from "@/lib/domain/cases/case-forms";
import { checklistFor } from "@/lib/domain/cases/checklists";
import { taskTickedItem } from "@/lib/domain/fulfilment/task-checklist";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "./change-case";

/**
 * Ticks or unticks one item of the case type's checklist; each change is audited. On a case with tasks,
 * the item they stand for ("data deleted", …) follows the tasks and is refused here.
 */
export function tickChecklistItem(input: z.input<typeof tickChecklistItemSchema>, actor: Actor) {
  return changeCase(
    { actor, action: "tickChecklist", schema: tickChecklistItemSchema, input },
    async ({ tx, data, found }) => {
      if (!checklistFor(found.type, found.relationship).some((item) => item.key === data.item)) {
        throw new AppError("VALIDATION", "problems.checkFields", { item: ["not_checklist_item"] });
      }
      const taskCount = await tx.fulfilmentTask.count({ where: { caseId: found.id } });
      if (data.item === taskTickedItem(found.type, found.details, taskCount)) {
        throw new AppError("VALIDATION", "problems.checkFields", { item: ["ticked_by_tasks"] });
      }
      const key = { caseId_item: { caseId: found.id, item: data.item } };
      const existing = await tx.caseChecklistItem.findUnique({ where: key });
      if (data.done && !existing) {
        await tx.caseChecklistItem.create({ data: { caseId: found.id, item: data.item, doneById: actor.id } });
      } else if (!data.done && existing) {
        await tx.caseChecklistItem.delete({ where: key });
      } else {
        return { changed: false };
      }
      const status = statusAfterWork(found.status);
      if (status !== found.status) await tx.case.update({ where: { id: found.id }, data: { status } });
      await recordAuditEvent(tx, {
        type: data.done ? "checklist.ticked" : "checklist.unticked",
        ...staffEvent(actor),
        caseId: found.id,
        data: { item: data.item },
      });
      return { changed: true };
    },
  );
}
