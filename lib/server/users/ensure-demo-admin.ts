import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export const DEMO_ADMIN_EMAIL = "admin@rightsdesk.local";

export type DemoAdminResult = { created: true; email: string; password: string } | { created: false; email: string };

/**
 * Creates the demo administrator when no staff account exists yet, with a generated password that is
 * returned once (to be printed) and stored only as an argon2id hash.
 */
export async function ensureDemoAdmin(prisma: Db, options: { password?: string } = {}): Promise<DemoAdminResult> {
  const existing = await prisma.user.count();
  if (existing > 0) return { created: false, email: DEMO_ADMIN_EMAIL };
  const password = options.password ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: DEMO_ADMIN_EMAIL, name: "Demo Administrator", role: "ADMIN", passwordHash },
    });
    await recordAuditEvent(tx, { type: "user.created", actorKind: "SYSTEM", data: { userId: user.id, role: "ADMIN" } });
  });
  return { created: true, email: DEMO_ADMIN_EMAIL, password };
}
