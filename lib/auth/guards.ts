import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { clientAddress } from "@/lib/http/client-address";
import { auth } from "./index";
import { isLocale, type Locale } from "@/lib/i18n/languages";
import { can, isRole, type Permission, type StaffRole } from "./roles";

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** The language the staff member reads the staff area and their emails in (their profile's). */
  locale: Locale;
  /** Where the request came from, for the audit trail of staff actions. */
  ip?: string;
  userAgent?: string;
}

/**
 * The signed-in staff member, re-read from the database on every call: a disabled account or a changed
 * role takes effect at once, whatever the session cookie says. Returns null when there is none. Read once
 * per request (the root layout, the staff layout and the page all ask).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id } });
  if (!user || user.disabled || !isRole(user.role)) return null;
  const requestHeaders = await headers();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: isLocale(user.locale) ? user.locale : "en",
    ip: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent")?.slice(0, 500) ?? undefined,
  };
});

/** For server actions and route handlers: throws 401/403 AppErrors, failing closed. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "problems.signInRequired");
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", "problems.roleNotAllowed");
  return actor;
}

/** For pages and layouts: sends the signed-out to the sign-in page and the unauthorized to a 403 page. */
export async function requirePagePermission(permission: Permission, returnTo?: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (!can(actor.role, permission)) redirect("/forbidden");
  return actor;
}
