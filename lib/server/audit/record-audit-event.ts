import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { insertRowSql, insertRowsSql } from "@/lib/db/insert-sql";

/**
 * The only writer of AuditEvent. A use-case in a transaction calls `recordAuditEvent`; a writer that
 * must stay one statement (the public intake, the reminder sweep) puts `auditEventSql` /
 * `auditEventsSql` into it. Both build the row through `auditEventRow`, so every event has the same
 * fields and checks whichever way it is written. The row is written unchained and takes no lock other
 * writers wait for; the sealer links it into the chain after commit (seal-audit-events.ts), and the
 * database refuses any other change to it.
 */

/** SYSTEM is Rightsdesk itself; TASK_OWNER an outside owner of a system by a task link; DATA_SYSTEM a system by the result API. */
const ACTOR_KINDS = ["SYSTEM", "STAFF", "REQUESTER", "CUSTOMER", "TASK_OWNER", "DATA_SYSTEM"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface AuditEventInput {
  /** `area.what_happened`, lower case (hyphens allowed). */
  type: string;
  actorKind: ActorKind;
  actorId?: string | null;
  caseId?: string | null;
  /** Ids, codes and counts only: the audit trail outlives the personal data it refers to. */
  data?: Prisma.InputJsonObject;
  /** For staff actions: the client's address and browser (kept as given, the user agent cut to 500 characters). */
  ip?: string | null;
  userAgent?: string | null;
}

const auditEventSchema = z.object({
  type: z.string().regex(/^[a-z_-]+(\.[a-z_-]+)+$/, "audit event type must be area.what_happened"),
  actorKind: z.enum(ACTOR_KINDS),
  actorId: z.guid().nullable(),
  caseId: z.guid().nullable(),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export type AuditEventRow = z.infer<typeof auditEventSchema> & { createdAt?: Date };

/**
 * The row an event becomes. `data` goes through JSON as the database would store it (undefined keys
 * dropped, dates as strings), so the client and the SQL path write the same bytes and the chain hash
 * is the same either way. `at` fixes the time when a statement writes several rows at one instant.
 */
export function auditEventRow(event: AuditEventInput, at?: Date): AuditEventRow {
  const row = auditEventSchema.parse({
    type: event.type,
    actorKind: event.actorKind,
    actorId: event.actorId ?? null,
    caseId: event.caseId ?? null,
    data: JSON.parse(JSON.stringify(event.data ?? {})) as unknown,
    ip: event.ip ?? null,
    userAgent: event.userAgent?.slice(0, 500) ?? null,
  });
  return at ? { ...row, createdAt: at } : row;
}

/** Appends an audit event inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  const { data, ...row } = auditEventRow(event);
  await tx.auditEvent.create({ data: { ...row, data: data as Prisma.InputJsonObject } });
}

/**
 * The INSERT of one event for a single-statement writer (as its last part or a data-modifying CTE).
 * `addData` is a jsonb expression merged into `data` for a code only the statement itself knows (the
 * intake: whether the mailbox's daily cap held the email back); `from` names the CTEs it reads.
 */
export function auditEventSql(
  event: AuditEventInput,
  at: Date,
  options: { addData?: Prisma.Sql; from?: string } = {},
): Prisma.Sql {
  const { data, ...row } = auditEventRow(event, at);
  const json = Prisma.sql`${JSON.stringify(data)}::jsonb`;
  return insertRowSql("AuditEvent", row, {
    extra: { data: options.addData ? Prisma.sql`${json} || ${options.addData}` : json },
    from: options.from,
  });
}

/** The INSERT of several events at one instant, for set-based writers (the reminder sweep). */
export function auditEventsSql(events: AuditEventInput[], at: Date): Prisma.Sql {
  return insertRowsSql(
    "AuditEvent",
    events.map((event) => auditEventRow(event, at)),
  );
}
