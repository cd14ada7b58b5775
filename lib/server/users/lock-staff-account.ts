import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { Role } from "@/lib/db/generated/enums";
import { queryRows } from "@/lib/db/typed-rows";

const lockedRow = z.object({ id: z.string(), role: z.enum(Role), disabled: z.boolean() });

export interface LockedStaff {
  target: z.infer<typeof lockedRow> | undefined;
  /** Every active administrator, the target included when it is one. */
  activeAdminIds: string[];
}

/**
 * Locks a staff account and every active administrator's row, in id order (so two admins changing each
 * other wait rather than deadlock). Holding the administrators' rows makes "keep one active admin" safe:
 * a concurrent demotion commits first and drops out of this set when PostgreSQL re-reads the locked rows.
 */
export async function lockStaffAccount(tx: Tx, userId: string): Promise<LockedStaff> {
  const rows = await queryRows(
    tx,
    lockedRow,
    Prisma.sql`
    SELECT id, role::text AS role, disabled FROM "User"
    WHERE id = ${userId}::uuid OR (role = 'ADMIN' AND NOT disabled)
    ORDER BY id
    FOR UPDATE`,
  );
  return {
    target: rows.find((r) => r.id === userId),
    activeAdminIds: rows.filter((r) => r.role === "ADMIN" && !r.disabled).map((r) => r.id),
  };
}
