import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { extendDeadlineSchema } from "@/lib/domain/cases/case-forms";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { changeCase } from "@/lib/server/cases/change-case";
import { recomputeCaseDeadline } from "./case-deadline";
import { policyOfCase } from "./policy-store";

/**
 * Extends a case's deadline once, with reasons, as the regime allows (GDPR art. 12(3): by two further
 * months; CCPA: to 90 days; PIPL policy: 15 more working days). Refused once the original due date has
 * passed (the notice must reach the requester before it) or when already extended. The extension notice
 * with the reasons and the new due date is queued in the same transaction.
 */
export function extendDeadline(input: z.input<typeof extendDeadlineSchema>, actor: Actor, now = new Date()) {
  return changeCase({ actor, action: "extend", schema: extendDeadlineSchema, input }, async ({ tx, data, found }) => {
    const policy = policyOfCase(found.policy);
    if (found.status === "CLOSED") throw new AppError("CONFLICT", "problems.caseClosed");
    if (found.extendedAt) throw new AppError("CONFLICT", "problems.alreadyExtended");
    if (policy.rule.extension === 0)
      throw new AppError("CONFLICT", "problems.noExtension", undefined, {
        regime: found.regime,
        source: policy.source,
      });
    if (now.getTime() > found.originalDueAt.getTime()) {
      throw new AppError("CONFLICT", "problems.extensionTooLate");
    }
    await tx.case.update({ where: { id: found.id }, data: { extendedAt: now, extensionReason: data.reason } });
    const deadline = await recomputeCaseDeadline(tx, found.id, now);
    await recordAuditEvent(tx, {
      type: "deadline.extended",
      ...staffEvent(actor),
      caseId: found.id,
      data: { originalDueDate: deadline.originalDueDate, dueDate: deadline.dueDate },
    });
    await enqueueEmail(tx, {
      template: "requester-extension-notice",
      to: found.requester.email,
      locale: found.requester.locale,
      caseId: found.id,
      payload: { reference: found.reference, newDueDate: deadline.dueDate, reason: data.reason },
    });
    return { deadline };
  });
}
