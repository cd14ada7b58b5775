import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { insertRowSql, insertRowsSql } from "@/lib/db/insert-sql";
import { templates, type TemplateName } from "./templates";
import type { EmailLocale } from "./templates/types";

/**
 * The only writer of OutboxEmail. A use-case in a transaction calls `enqueueEmail`; a writer that must
 * stay one statement (the public intake, the reminder sweep) puts `outboxEmailSql` / `outboxEmailsSql`
 * into it. Every row is built by `outboxRow`, the one place that checks a payload against its
 * template's schema.
 */

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

/**
 * The INSERT of one email for a single-statement writer, due now (`at`). `from` names CTEs that gate it:
 * the row is inserted once per row they return (the intake's mailbox cap returns one row or none).
 */
export function outboxEmailSql<Name extends TemplateName>(
  email: QueuedEmail<Name>,
  at: Date,
  options: { from?: string } = {},
): Prisma.Sql {
  return insertRowSql("OutboxEmail", { ...outboxRow(email), nextAttemptAt: at, createdAt: at }, options);
}

/** The INSERT of several emails at one instant, for set-based writers (the reminder sweep). */
export function outboxEmailsSql<Name extends TemplateName>(emails: QueuedEmail<Name>[], at: Date): Prisma.Sql {
  return insertRowsSql(
    "OutboxEmail",
    emails.map((email) => ({ ...outboxRow(email), nextAttemptAt: at, createdAt: at })),
  );
}
