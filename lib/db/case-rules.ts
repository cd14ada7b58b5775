/**
 * Named rules about cases, each said once here in the three forms the code needs: a predicate on a loaded
 * case, a Prisma filter, and an SQL fragment on a case aliased `c` (`FROM "Case" c`). The forms must
 * select the same cases; tests/integration/case-rules.test.ts checks that on the test database.
 */
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { CaseStatus } from "@/lib/db/generated/enums";
import { OPEN_STATUSES } from "@/lib/domain/cases/workflow";

/** Open: confirmed by the requester and not yet closed (docs/product-rules.md "Lifecycle"). */
export function isOpenCase(c: { status: CaseStatus }): boolean {
  return (OPEN_STATUSES as readonly CaseStatus[]).includes(c.status);
}

export const openCaseWhere = { status: { in: [...OPEN_STATUSES] } } satisfies Prisma.CaseWhereInput;

export const openCaseSql = Prisma.sql`c.status IN (${Prisma.join(
  OPEN_STATUSES.map((status) => Prisma.sql`${status}::"CaseStatus"`),
)})`;

/**
 * Overdue: past its due instant with the clock running. A stopped clock is not overdue: its deadline
 * moves on when the requester answers. Whether the case is open is the caller's to add (the queue's
 * "Overdue" view, the reports' "overdue now" and the digest all ask it of open cases).
 */
export function isOverdueCase(c: { dueAt: Date; clockPausedAt: Date | null }, now: Date): boolean {
  return c.clockPausedAt === null && c.dueAt.getTime() < now.getTime();
}

export function overdueCaseWhere(now: Date) {
  return { dueAt: { lt: now }, clockPausedAt: null } satisfies Prisma.CaseWhereInput;
}

/** The instant is bound as text in UTC ("...Z") so its meaning never depends on the session's time zone. */
export function overdueCaseSql(now: Date): Prisma.Sql {
  return Prisma.sql`(c."dueAt" < ${now.toISOString()}::timestamptz AND c."clockPausedAt" IS NULL)`;
}
