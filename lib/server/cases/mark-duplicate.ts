import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { markDuplicateSchema } from "@/lib/domain/cases/case-forms";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";

const invalid = (message: string) => new AppError("VALIDATION", "problems.checkFields", { duplicateOf: [message] });

/**
 * Closes a case as a repeat of another from the same requester; they are told that the answer comes
 * under the other reference.
 */
export function markDuplicate(input: z.input<typeof markDuplicateSchema>, actor: Actor, now = new Date()) {
  return changeCase(
    { actor, action: "markDuplicate", schema: markDuplicateSchema, input },
    async ({ tx, data, found }) => {
      const original = await tx.case.findUnique({
        where: { reference: data.duplicateOf },
        select: { id: true, reference: true, status: true, outcome: true },
      });
      if (!original) throw invalid("no_case_with_reference");
      if (original.id === found.id) throw invalid("case_repeats_itself");
      if (original.outcome === "DUPLICATE") throw invalid("case_is_duplicate");
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
