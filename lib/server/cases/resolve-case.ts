import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { resolveCaseSchema } from "@/lib/domain/cases/case-forms";
import { enqueueEmail } from "@/lib/email/outbox";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";

/** Answers the request in full or in part; the requester gets the summary by email in their language. */
export function resolveCase(input: z.input<typeof resolveCaseSchema>, actor: Actor, now = new Date()) {
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
