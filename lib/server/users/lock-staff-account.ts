import "server-only";
import type { Tx } from "@/lib/db/client";
import type { StaffRole } from "@/lib/auth/roles";

export interface LockedStaff {
  target: { id: string; role: StaffRole; disabled: boolean } | undefined;
  /** Every active administrator, the target included when it is one. */
  activeAdminIds: string[];
}

/**
 * Locks a staff account and every active administrator's row, in id order (so two admins changing each
 * other wait rather than deadlock). Holding the administrators' rows makes "keep one active admin" safe:
 * a concurrent demotion commits first and drops out of this set when PostgreSQL re-reads the locked rows.
 */
export async function lockStaffAccount(tx: Tx, userId: string): Promise<LockedStaff> {
  const rows = await tx.$queryRaw<{ id: string; role: StaffRole; disabled: boolean }[]>`
    SELECT id, role::text AS role, disabled FROM "User"
    WHERE id = ${userId}::uuid OR (role = 'ADMIN' AND NOT disabled)
    ORDER BY id
    FOR UPDATE`;
  return {
    target: rows.find((r) => r.id === userId),
    activeAdminIds: rows.filter((r) => r.role === "ADMIN" && !r.disabled).map((r) => r.id),
  };
}
