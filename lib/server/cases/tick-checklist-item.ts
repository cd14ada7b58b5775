import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { checklistFor } from "@/lib/domain/cases/checklists";
import { statusAfterWork } from "@/lib/domain/cases/workflow";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { caseInput } from "./case-input";
import { changeCase } from "./change-case";

export const tickChecklistItemSchema = z.object({
  ...caseInput,
  item: z.string().min(1, "Choose a checklist item."),
  done: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

/** Ticks or unticks one item of the case type's checklist; each change is audited. */
export function tickChecklistItem(input: unknown, actor: Actor) {
  return changeCase(
    { actor, action: "tickChecklist", schema: tickChecklistItemSchema, input },
    async ({ tx, data, found }) => {
      if (!checklistFor(found.type, found.relationship).some((item) => item.key === data.item)) {
        throw new AppError("VALIDATION", "Check the highlighted fields.", { item: ["Not an item of this checklist."] });
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
