import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { templates, type TemplateName } from "./templates";
import type { EmailLocale } from "./templates/types";

export interface QueuedEmail<Name extends TemplateName> {
  template: Name;
  to: string;
  locale?: EmailLocale;
  payload: z.input<(typeof templates)[Name]["payload"]>;
  caseId?: string | null;
}

/** The outbox row for an email, its payload checked against the template's schema. */
export function outboxRow<Name extends TemplateName>(email: QueuedEmail<Name>) {
  return {
    id: randomUUID(),
    template: email.template as string,
    to: email.to,
    locale: email.locale ?? "en",
    payload: templates[email.template].payload.parse(email.payload) as Prisma.InputJsonValue,
    caseId: email.caseId ?? null,
  };
}

/**
 * Queues an email inside the caller's transaction: it exists if and only if the change that caused it
 * commits, and the worker delivers it later even if the mail server is down now.
 */
export async function enqueueEmail<Name extends TemplateName>(tx: Tx, email: QueuedEmail<Name>): Promise<string> {
  const row = await tx.outboxEmail.create({ data: outboxRow(email), select: { id: true } });
  return row.id;
}
