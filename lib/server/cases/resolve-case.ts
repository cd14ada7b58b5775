import "server-only";
import { formatNames } from "@/lib/i18n/format";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { resolveCaseSchema } from "@/lib/domain/cases/case-forms";
import { untickedItems } from "@/lib/domain/cases/checklists";
import { taskTickedItem, tasksTickItem } from "@/lib/domain/fulfilment/task-checklist";
import { isUnfinished } from "@/lib/domain/fulfilment/task-rules";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";

/**
 * Answers the request in full or in part; the requester gets the summary by email in their language.
 * "Fulfilled" with checklist items unticked is refused, naming them, unless the officer confirms it
 * (confirmUnticked); the audit event then records the confirmation and the unticked items' keys
 * (docs/product-rules.md "Lifecycle"). While any of the case's tasks is OPEN or FAILED it is refused, naming
 * the systems (an officer may waive each with a reason); the checklist item the tasks stand for ("data
 * corrected in every system" and its kin) counts as ticked when the tasks tick it, never by hand.
 */
export function resolveCase(input: z.input<typeof resolveCaseSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "resolve", schema: resolveCaseSchema, input }, async ({ tx, data, found }) => {
    const tasks = await tx.fulfilmentTask.findMany({
      where: { caseId: found.id },
      select: { state: true, system: { select: { name: true } } },
    });
    const waiting = tasks.filter((task) => isUnfinished(task.state)).map((task) => task.system.name);
    if (waiting.length > 0) {
      throw new AppError("CONFLICT", "problems.tasksUnfinished", undefined, {
        count: waiting.length,
        systems: formatNames(
          actor.locale,
          waiting.sort((a, b) => a.localeCompare(b)),
        ),
      });
    }
    const ticks = await tx.caseChecklistItem.findMany({ where: { caseId: found.id }, select: { item: true } });
    const byTasks = taskTickedItem(found.type, found.details, tasks.length);
    const ticked = [
      ...ticks.map((tick) => tick.item).filter((item) => item !== byTasks),
      ...(byTasks && tasksTickItem(tasks) ? [byTasks] : []),
    ];
    const unticked = data.outcome === "FULFILLED" ? untickedItems(found.type, found.relationship, ticked) : [];
    if (unticked.length > 0 && !data.confirmUnticked) {
      // The checklist beside the form shows which ones.
      throw new AppError("VALIDATION", "problems.checkFields", {
        confirmUnticked: [`checklist_unticked:${unticked.length}`],
      });
    }
    const confirmation =
      unticked.length > 0 ? { untickedConfirmed: { count: unticked.length, items: unticked.map((i) => i.key) } } : {};
    await closeCase(tx, found, { outcome: data.outcome, closureText: data.summary }, actor, now, confirmation);
    await enqueueEmail(tx, {
      template: "requester-resolved",
      to: found.requester.email,
      locale: found.requester.locale,
      caseId: found.id,
      payload: { reference: found.reference, outcome: data.outcome, summary: data.summary },
    });
    return { outcome: data.outcome };
  });
}
