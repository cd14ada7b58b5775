import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";

// First line of defence: no valid session token, no staff page. The layouts and every action check
// again against the database (roles, disabled accounts).
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const token = await getToken({
    req: request,
    secret: env().AUTH_SECRET,
    secureCookie: request.nextUrl.protocol === "https:",
  });
  if (token?.sub) return NextResponse.next();
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/cases/:path*", "/settings/:path*", "/customers/:path*", "/reports/:path*"],
};
