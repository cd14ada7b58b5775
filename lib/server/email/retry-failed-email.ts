import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { retryEmailSchema } from "@/lib/domain/settings/email-delivery";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";

/** Puts an email the worker gave up on back in the queue, with a fresh set of attempts. */
export async function retryFailedEmail(input: z.input<typeof retryEmailSchema>, actor: Actor): Promise<void> {
  if (!can(actor.role, "outbox:manage")) throw new AppError("FORBIDDEN", "problems.adminsRetryEmails");
  const data = parseInput(retryEmailSchema, input, "problems.unknownEmail");
  await db().$transaction(async (tx) => {
    const updated = await tx.outboxEmail.updateMany({
      where: { id: data.outboxId, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "problems.emailNotWaitingForRetry");
    await recordAuditEvent(tx, {
      type: "email.retry_requested",
      ...staffEvent(actor),
      data: { outboxId: data.outboxId },
    });
  });
}
