import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { sendTestEmailSchema } from "@/lib/domain/settings/email-delivery";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";

/** An administrator checks mail delivery: the email is queued with its audit event in one transaction. */
export async function sendTestEmail(
  input: z.input<typeof sendTestEmailSchema>,
  actor: Actor,
): Promise<{ outboxId: string }> {
  if (!can(actor.role, "mail:send-test")) throw new AppError("FORBIDDEN", "problems.adminsSendTestEmails");
  const data = parseInput(sendTestEmailSchema, input);
  return db().$transaction(async (tx) => {
    const outboxId = await enqueueEmail(tx, {
      template: "staff-test-email",
      to: data.to,
      locale: data.locale,
      payload: { requestedBy: actor.name },
    });
    await recordAuditEvent(tx, {
      type: "email.test_queued",
      ...staffEvent(actor),
      data: { outboxId },
    });
    return { outboxId };
  });
}
