import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { maskEmail } from "@/lib/domain/cases/masking";
import { csvLine } from "@/lib/domain/csv";
import { filtersForAudit, isEmailSearch, type QueueFilters } from "@/lib/domain/cases/queue-filters";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { staffEvent } from "@/lib/server/audit/staff-event";
import { parseInput } from "@/lib/server/parse-input";
import { auditRequesterSearch } from "./audit-requester-search";
import { queueWhere } from "./list-case-queue";

const BATCH = 1000;
const COLUMNS = [
  "reference",
  "type",
  "status",
  "outcome",
  "regime",
  "channel",
  "received_at",
  "due_date",
  "extended",
  "clock_paused",
  "assignee",
  "requester_masked",
  "customer_named",
  "closed_at",
] as const;

const idsSchema = z.object({ caseIds: z.array(z.string().uuid({ error: "not_a_case_id" })).max(10_000) });
/** An email search matches one person's cases; the audit names at most this many of them one by one. */
const AUDITED_SEARCH_CASES = 1000;

/**
 * Cases matching the queue's filters (or the selected ids) as CSV lines, streamed in keyset batches so
 * a 100,000-case export never holds them all. Requesters stay masked. The export is audited first,
 * with its size and filters (the search text left out), and a search by email like a reveal.
 */
export async function exportCases(
  selection: { filters: QueueFilters; caseIds?: string[] },
  actor: Actor,
  now = new Date(),
): Promise<{ total: number; lines: AsyncGenerator<string> }> {
  if (!can(actor.role, "cases:read")) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  const where: Prisma.CaseWhereInput = selection.caseIds?.length
    ? {
        AND: [
          { id: { in: parseInput(idsSchema, { caseIds: selection.caseIds }, "problems.checkCaseIds").caseIds } },
          ...(actor.role === "ANALYST" ? [{ OR: [{ assigneeId: actor.id }, { assigneeId: null }] }] : []),
        ],
      }
    : queueWhere({ ...selection.filters, after: undefined }, actor, now);
  const prisma = db();
  const total = await prisma.case.count({ where });
  const q = selection.caseIds?.length ? undefined : selection.filters.q;
  const emailSearch = q && isEmailSearch(q) ? q : undefined;
  const found = emailSearch
    ? await prisma.case.findMany({ where, select: { id: true, requesterId: true }, take: AUDITED_SEARCH_CASES })
    : [];
  await prisma.$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      type: "cases.exported",
      ...staffEvent(actor),
      data: {
        rows: total,
        selected: selection.caseIds?.length ?? null,
        filters: selection.caseIds?.length ? null : filtersForAudit(selection.filters),
      },
    });
    if (emailSearch) await auditRequesterSearch(tx, { q: emailSearch, via: "export", matches: total, found }, actor);
  });
  async function* lines(): AsyncGenerator<string> {
    yield `${COLUMNS.join(",")}\n`;
    let cursor: { dueAt: Date; id: string } | null = null;
    for (;;) {
      const batch: Prisma.CaseGetPayload<{ include: { assignee: true; requester: true } }>[] =
        await prisma.case.findMany({
          where: cursor
            ? {
                AND: [where, { OR: [{ dueAt: { gt: cursor.dueAt } }, { dueAt: cursor.dueAt, id: { gt: cursor.id } }] }],
              }
            : where,
          orderBy: [{ dueAt: "asc" }, { id: "asc" }],
          take: BATCH,
          include: { assignee: true, requester: true },
        });
      if (batch.length === 0) return;
      yield batch
        .map((c) =>
          csvLine([
            c.reference,
            c.type,
            c.status,
            c.outcome,
            c.regime,
            c.channel,
            c.receivedAt.toISOString(),
            c.dueDate,
            c.extendedAt ? "yes" : "no",
            c.clockPausedAt ? "yes" : "no",
            c.assignee?.name ?? null,
            maskEmail(c.requester.email),
            c.customerNameGiven,
            c.closedAt?.toISOString() ?? null,
          ]),
        )
        .join("");
      const last = batch.at(-1)!;
      cursor = { dueAt: last.dueAt, id: last.id };
      if (batch.length < BATCH) return;
    }
  }
  return { total, lines: lines() };
}
