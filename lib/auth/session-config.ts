import type { NextAuthConfig } from "next-auth";
import { logger } from "@/lib/logging/logger";
import { isRole } from "./roles";

/**
 * The part of the sign-in configuration that needs no database, shared by the proxy (which only checks
 * that a valid session exists) and the full configuration in ./index.ts.
 */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;

export function sessionConfig(secret: string): NextAuthConfig {
  return {
    secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: string }).role;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.user.role = isRole(token.role) ? token.role : undefined;
        return session;
      },
    },
    // Auth.js logs whole errors by default; those can carry the email that was typed.
    logger: {
      error: (error) => logger.warn("sign-in error", { kind: error.name }),
      warn: (code) => logger.warn("sign-in warning", { code }),
      debug: () => {},
    },
  };
}
