// Next's server sets up AsyncLocalStorage before anything of its own loads: do the same, first. Import this
// file before any module that imports Next (route handlers, lib/auth).
import "next/dist/server/node-environment-baseline.js";
import { encode } from "next-auth/jwt";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external.js";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies.js";
import type { Actor } from "@/lib/auth/guards";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-config";
import { env } from "@/lib/config/env";
import { fromClient } from "./client";

const SESSION_COOKIE = "authjs.session-token";

/** A session cookie for a staff member, as the sign-in endpoint would set it (plain http). */
export async function sessionCookieFor(staff: Pick<Actor, "id" | "role" | "email" | "name">): Promise<string> {
  const token = await encode({
    token: { sub: staff.id, role: staff.role, email: staff.email, name: staff.name },
    secret: env().AUTH_SECRET,
    salt: SESSION_COOKIE,
    maxAge: SESSION_MAX_AGE_S,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Runs a route handler (or renders a page) as Next does for a request with these headers, so `auth()`,
 * `headers()` and `cookies()` inside it read them (outside a request Next refuses them). Only the parts
 * of the stores they read.
 */
export function inRequestScope<T>(url: string, requestHeaders: Record<string, string>, run: () => Promise<T>) {
  const { host, protocol, pathname } = new URL(url);
  // Next's server adds the forwarded protocol; Auth.js picks the cookie name (secure or not) from it. The
  // app server adds the client's address; a test names another one with fromClient().
  const headers = new Headers({
    host,
    "x-forwarded-proto": protocol.replace(":", ""),
    ...fromClient("192.0.2.10"),
    ...requestHeaders,
  });
  const workStore = { route: pathname, forceStatic: false, dynamicShouldError: false };
  const cookies = new RequestCookies(headers);
  const requestStore = { type: "request", phase: "action", headers, cookies, userspaceMutableCookies: cookies };
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(requestStore as never, run));
}
