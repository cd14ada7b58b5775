import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The id behind a case reference (DSR-2026-000123), for routes addressed by reference. */
export async function caseIdForReference(reference: string): Promise<string> {
  const found = await db().case.findUnique({ where: { reference }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "problems.noCaseWithReference");
  return found.id;
}
