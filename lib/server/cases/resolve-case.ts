import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { enqueueEmail } from "@/lib/email/outbox";
import { caseInput, staffText } from "./case-input";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";

export const resolveCaseSchema = z.object({
  ...caseInput,
  outcome: z.enum(["FULFILLED", "PARTIALLY_FULFILLED"], { message: "Choose fulfilled or partially fulfilled." }),
  summary: staffText("a summary for the requester", 10),
});

/** Answers the request in full or in part; the requester gets the summary by email in their language. */
export function resolveCase(input: unknown, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "resolve", schema: resolveCaseSchema, input }, async ({ tx, data, found }) => {
    await closeCase(tx, found, { outcome: data.outcome, closureText: data.summary }, actor, now);
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
