import "server-only";
import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/auth/roles";

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  lastSignInAt: Date | null;
  /** Set while the person has not accepted their invitation yet. */
  invitationExpiresAt: Date | null;
}

/** Every staff account for the administrators' page, by name. */
export async function listStaff(): Promise<StaffRow[]> {
  const users = await db().user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      lastSignInAt: true,
      invitations: {
        where: { acceptedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  return users.map(({ invitations, ...user }) => ({ ...user, invitationExpiresAt: invitations[0]?.expiresAt ?? null }));
}
