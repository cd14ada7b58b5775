import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import type { StaffRole } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";

/** Creates a staff account with a known password and returns it as an Actor. */
export async function createStaff(
  prisma: Db,
  options: { role?: StaffRole; password?: string; disabled?: boolean; email?: string } = {},
): Promise<Actor & { password: string }> {
  const password = options.password ?? "correct horse battery staple";
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `staff-${randomUUID()}@example.com`,
      name: "Test Staff",
      role: options.role ?? "PRIVACY_OFFICER",
      passwordHash: await hashPassword(password),
      disabled: options.disabled ?? false,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: "en" as const, password };
}
