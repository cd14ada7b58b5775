import "server-only";
import type { Actor } from "@/lib/auth/guards";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { issueStatusLink } from "@/lib/server/intake/status-link";

/** A request logged by staff cannot have arrived in the future. */
export function checkReceivedAt(receivedAt: Date, now: Date): void {
  if (receivedAt.getTime() > now.getTime()) {
    throw new AppError("VALIDATION", "problems.checkFields", {
      receivedAt: ["arrival_in_future"],
    });
  }
}

/**
 * The end of logging a request staff received by email or post, inside its transaction: the audit event
 * and the acknowledgement with the reference, the due date and a new status link.
 */
export async function acknowledgeLoggedCase(
  tx: Tx,
  logged: {
    case: { id: string; reference: string };
    dueDate: string;
    requester: { email: string; locale: "en" | "zh" };
    audit: Prisma.InputJsonObject;
  },
  actor: Actor,
  now: Date,
) {
  const { id, reference } = logged.case;
  await recordAuditEvent(tx, { type: "case.logged", ...staffEvent(actor), caseId: id, data: logged.audit });
  await enqueueEmail(tx, {
    template: "requester-acknowledgement",
    to: logged.requester.email,
    locale: logged.requester.locale,
    caseId: id,
    payload: { reference, dueDate: logged.dueDate, statusToken: (await issueStatusLink(tx, id, now)).token },
  });
  return { id, reference, dueDate: logged.dueDate };
}
