import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { idRow, queryRows } from "@/lib/db/typed-rows";
import { AppError } from "@/lib/errors/app-error";

/**
 * Locks a case row for the rest of the transaction and checks the version the caller last saw
 * (optimistic concurrency: two officers acting on one case cannot both win).
 */
export async function lockCase(tx: Tx, caseId: string, expectedVersion?: number) {
  const rows = await queryRows(tx, idRow, Prisma.sql`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`);
  if (rows.length === 0) throw new AppError("NOT_FOUND", "problems.noSuchCase");
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    include: { requester: { select: { email: true, locale: true } } },
  });
  if (expectedVersion !== undefined && found.version !== expectedVersion) {
    throw new AppError("CONFLICT", "problems.caseChangedMeanwhile");
  }
  return found;
}

/** Bumps the version after a change (every update to a case goes through this). */
export async function bumpCaseVersion(tx: Tx, caseId: string): Promise<number> {
  const updated = await tx.case.update({
    where: { id: caseId },
    data: { version: { increment: 1 } },
    select: { version: true },
  });
  return updated.version;
}
