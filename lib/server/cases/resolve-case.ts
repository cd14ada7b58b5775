import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { resolveCaseSchema } from "@/lib/domain/cases/case-forms";
import { untickedItems } from "@/lib/domain/cases/checklists";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";

/**
 * Answers the request in full or in part; the requester gets the summary by email in their language.
 * "Fulfilled" with checklist items unticked is refused, naming them, unless the officer confirms it
 * (confirmUnticked); the audit event then records the confirmation and the unticked items' keys
 * (docs/product-rules.md "Lifecycle").
 */
export function resolveCase(input: z.input<typeof resolveCaseSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "resolve", schema: resolveCaseSchema, input }, async ({ tx, data, found }) => {
    const ticks = await tx.caseChecklistItem.findMany({ where: { caseId: found.id }, select: { item: true } });
    const unticked =
      data.outcome === "FULFILLED"
        ? untickedItems(
            found.type,
            found.relationship,
            ticks.map((tick) => tick.item),
          )
        : [];
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
