import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/config/env";
import { authenticateStaff, SignInRefused } from "./authenticate-staff";
import { clientIp } from "@/lib/http/client-address";
import { sessionConfig } from "./session-config";

/**
 * Carries the refusal reason to the sign-in form (it becomes the `code` Auth.js reports) and, when
 * throttled, the wait (the form's server action receives this very error).
 */
export class StaffSignInError extends CredentialsSignin {
  constructor(
    reason: string,
    readonly retryAfterSeconds?: number,
  ) {
    super();
    this.code = reason;
  }
}

// A function, so configuration (and the database) is read per request, never at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...sessionConfig(env().AUTH_SECRET),
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          // Auth.js passes the incoming request's headers on (the form's server action forwards its own).
          const staff = await authenticateStaff(credentials, { clientAddress: clientIp(request.headers) });
          return { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
        } catch (error) {
          if (error instanceof SignInRefused) throw new StaffSignInError(error.reason, error.retryAfterSeconds);
          throw error;
        }
      },
    }),
  ],
}));
