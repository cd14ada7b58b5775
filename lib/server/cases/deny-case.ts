import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { denyCaseSchema } from "@/lib/domain/cases/case-forms";
import { denialRefusal } from "@/lib/domain/cases/denial";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { changeCase } from "./change-case";
import { closeCase } from "./close-case";

/**
 * Refuses a request with a reason code and reasons in words. The email gives the reasons and the right
 * to complain to a supervisory authority and to seek a judicial remedy (GDPR art. 12(4); PIPL art. 50).
 * A direct-marketing objection is never refused on compelling grounds (GDPR art. 21(3)).
 */
export function denyCase(input: z.input<typeof denyCaseSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "deny", schema: denyCaseSchema, input }, async ({ tx, data, found }) => {
    const refusal = denialRefusal(found.type, found.details, data.reason);
    if (refusal) throw new AppError("VALIDATION", "problems.checkFields", { reason: [refusal] });
    await closeCase(tx, found, { outcome: "DENIED", closureText: data.text, denialReason: data.reason }, actor, now);
    await enqueueEmail(tx, {
      template: "requester-denied",
      to: found.requester.email,
      locale: found.requester.locale,
      caseId: found.id,
      payload: { reference: found.reference, reason: data.reason, text: data.text, regime: found.regime },
    });
    return { outcome: "DENIED" as const };
  });
}
