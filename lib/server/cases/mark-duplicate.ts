import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { caseInput } from "./case-input";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";
import { caseReferenceSchema } from "./get-case-summary";

export const markDuplicateSchema = z.object({
  ...caseInput,
  duplicateOf: z.string().trim().toUpperCase().pipe(caseReferenceSchema),
});

const invalid = (message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { duplicateOf: [message] });

/**
 * Closes a case as a repeat of another from the same requester; they are told that the answer comes
 * under the other reference.
 */
export function markDuplicate(input: unknown, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, action: "markDuplicate", schema: markDuplicateSchema, input },
    async ({ tx, data, found }) => {
      const original = await tx.case.findUnique({
        where: { reference: data.duplicateOf },
        select: { id: true, reference: true, status: true, outcome: true },
      });
      if (!original) throw invalid("No case has that reference.");
      if (original.id === found.id) throw invalid("A case cannot repeat itself.");
      if (original.outcome === "DUPLICATE") throw invalid("That case is itself a duplicate: name the original.");
      const summary = `Answered under ${original.reference}.`;
      await closeCase(
        tx,
        found,
        { outcome: "DUPLICATE", closureText: summary, duplicateOfId: original.id },
        actor,
        now,
      );
      await enqueueEmail(tx, {
        template: "requester-resolved",
        to: found.requester.email,
        locale: found.requester.locale,
        caseId: found.id,
        payload: { reference: found.reference, outcome: "DUPLICATE", summary, duplicateOf: original.reference },
      });
      return { duplicateOfId: original.id };
    },
  );
}
