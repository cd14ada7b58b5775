import "server-only";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { overdueCaseWhere } from "@/lib/db/case-rules";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { maskEmail, maskName } from "@/lib/domain/cases/masking";
import { decodeCursor, encodeCursor, isEmailSearch, type QueueFilters } from "@/lib/domain/cases/queue-filters";
import { OPEN_STATUSES } from "@/lib/domain/cases/workflow";
import { deadlineStatus, type DeadlineStatus } from "@/lib/domain/deadlines";
import { AppError } from "@/lib/errors/app-error";
import { policyOfCase } from "@/lib/server/deadlines/policy-store";
import { auditRequesterSearch } from "./audit-requester-search";
import { formatCaseReference } from "./next-case-reference";

export const QUEUE_PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface QueueRow {
  id: string;
  reference: string;
  type: string;
  status: string;
  outcome: string | null;
  regime: string;
  receivedAt: Date;
  dueAt: Date;
  dueDate: string;
  deadline: DeadlineStatus;
  extended: boolean;
  assigneeName: string | null;
  /** Masked until someone reveals it (an audited action). */
  requesterMasked: string;
  customerNameGiven: string | null;
  possibleDuplicate: boolean;
}

export interface QueuePage {
  rows: QueueRow[];
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

/** The database filter for the queue's URL filters, as seen by this actor (analysts: theirs and unassigned). */
export function queueWhere(filters: QueueFilters, actor: Actor, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [];
  if (filters.status) and.push({ status: filters.status });
  // A routing state is asked of routed and closed cases alike (e.g. declined ones back in progress).
  else if (filters.routing) and.push({ status: { not: "UNVERIFIED" } });
  else {
    and.push({ status: { in: filters.unverified ? ["UNVERIFIED", ...OPEN_STATUSES] : [...OPEN_STATUSES] } });
    // Open cases are never closed: said outright (a literal `IS NULL`), it lets the planner read the
    // partial index of cases not closed in due-date order, skipping years of closed cases.
    and.push({ closedAt: null });
  }
  if (filters.type) and.push({ type: filters.type });
  if (filters.regime) and.push({ regime: filters.regime });
  if (filters.assignee === "me") and.push({ assigneeId: actor.id });
  else if (filters.assignee === "none") and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (actor.role === "ANALYST") and.push({ OR: [{ assigneeId: actor.id }, { assigneeId: null }] });
  if (filters.customer === "yes") and.push({ customerNameGiven: { not: null } });
  if (filters.customer === "no") and.push({ customerNameGiven: null });
  if (filters.customerId) and.push({ customerId: filters.customerId });
  if (filters.routing) and.push({ routingState: filters.routing });
  if (filters.tasks) and.push({ tasks: { some: { state: filters.tasks === "open" ? "OPEN" : "FAILED" } } });
  if (filters.overdue) and.push(overdueCaseWhere(now));
  if (filters.dueWithin !== undefined)
    and.push({ dueAt: { gte: now, lte: new Date(now.getTime() + filters.dueWithin * DAY_MS) } });
  if (filters.duplicate) and.push({ possibleDuplicateOfId: { not: null } });
  if (filters.q) and.push(searchWhere(filters.q, now));
  return { AND: and };
}

/**
 * Search by requester email, by full reference, or by a case number alone (this year's and the two
 * before): equality on indexed columns. Anything else is a reference prefix ("DSR-2026-0001"), which on
 * PostgreSQL with a non-C collation cannot use the index, so it is the slow path.
 */
function searchWhere(q: string, now: Date): Prisma.CaseWhereInput {
  if (isEmailSearch(q)) return { requester: { email: q.toLowerCase() } };
  const full = /^DSR-(\d{4})-(\d{1,9})$/i.exec(q);
  if (full) return { reference: formatCaseReference(full[1]!, full[2]!) };
  if (/^\d{1,9}$/.test(q)) {
    const year = now.getUTCFullYear();
    return { reference: { in: [year, year - 1, year - 2].map((y) => formatCaseReference(y, q)) } };
  }
  return { reference: { startsWith: q.toUpperCase() } };
}

/**
 * One page of the queue, most urgent first, with keyset pagination on (dueAt, id): page 2,000 costs
 * what page 1 does. Served by the (status, dueAt) and (assigneeId, status, dueAt) indexes. A search by
 * email is audited like a reveal before the page is returned (audit-requester-search.ts).
 */
export async function listCaseQueue(filters: QueueFilters, actor: Actor, now = new Date()): Promise<QueuePage> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const where = queueWhere(filters, actor, now);
  if (filters.after) {
    const cursor = decodeCursor(filters.after);
    if (!cursor) throw new AppError("VALIDATION", "problems.checkQuery", { after: ["not_queue_page"] });
    where.AND = [
      ...(where.AND as Prisma.CaseWhereInput[]),
      { OR: [{ dueAt: { gt: cursor.dueAt } }, { dueAt: cursor.dueAt, id: { gt: cursor.id } }] },
    ];
  }
  const found = await db().case.findMany({
    where,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: QUEUE_PAGE_SIZE + 1,
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      outcome: true,
      regime: true,
      receivedAt: true,
      dueAt: true,
      dueDate: true,
      policy: true,
      clockPausedAt: true,
      extendedAt: true,
      customerNameGiven: true,
      possibleDuplicateOfId: true,
      assignee: { select: { name: true } },
      requester: { select: { id: true, email: true, name: true } },
    },
  });
  const page = found.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  const q = filters.q;
  if (q && isEmailSearch(q)) {
    const matches = await db().case.count({ where: queueWhere(filters, actor, now) });
    const shown = page.map((row) => ({ id: row.id, requesterId: row.requester.id }));
    await db().$transaction((tx) => auditRequesterSearch(tx, { q, via: "queue", matches, found: shown }, actor));
  }
  return {
    rows: page.map((row) => ({
      id: row.id,
      reference: row.reference,
      type: row.type,
      status: row.status,
      outcome: row.outcome,
      regime: row.regime,
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      dueDate: row.dueDate,
      extended: row.extendedAt !== null,
      deadline: deadlineStatus({
        dueDate: row.dueDate,
        dueAt: row.dueAt,
        timeZone: policyOfCase(row.policy).timeZone,
        paused: row.clockPausedAt !== null,
        now,
      }),
      assigneeName: row.assignee?.name ?? null,
      requesterMasked: `${maskName(row.requester.name)} · ${maskEmail(row.requester.email)}`,
      customerNameGiven: row.customerNameGiven,
      possibleDuplicate: row.possibleDuplicateOfId !== null,
    })),
    next: found.length > QUEUE_PAGE_SIZE && last ? encodeCursor(last.dueAt, last.id) : null,
  };
}
