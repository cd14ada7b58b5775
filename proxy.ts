import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { clientIp } from "@/lib/http/client-address";
import { STAFF_PATHS } from "@/lib/http/staff-paths";
import { PAGE_LANGUAGE_HEADER, pageLanguageOf } from "@/lib/i18n/page-language";
import { refuseUnreadableBody } from "@/lib/server/http/refuse-unreadable-body";
import { RateLimited } from "@/lib/server/rate-limit/hit-rate-limit";
import { rateLimitedText } from "@/lib/server/http/rate-limited-text";
import { countTokenLookup, isTokenPath } from "@/lib/server/rate-limit/count-token-lookup";

/**
 * Runs before every page: a body past the forms' limit is refused, secret-link pages are rate limited per
 * IP, staff pages need a valid session token (first line of defence: the layouts and every action check
 * again against the database), and each page gets a content security policy with a fresh script nonce.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const unreadable = refuseUnreadableBody(request);
  if (unreadable) return unreadable;
  // Prefetches are not documents, and counting them would spend a person's token lookups on links shown.
  // (They still pass the body check above: a prefetch header must not carry a body past the limit.)
  if (isPrefetch(request)) return NextResponse.next();
  const { pathname } = request.nextUrl;
  if (isTokenPath(pathname)) {
    const refused = await refuseOverLimit(request);
    if (refused) return refused;
  }
  if (STAFF_PATHS.test(pathname) && !(await hasSession(request))) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  // Next takes the nonce from the request's policy header and sets it on the scripts it renders.
  const policy = pageContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  // The root layout writes <html lang> from it: the layout is not told which page it frames.
  requestHeaders.set(PAGE_LANGUAGE_HEADER, pageLanguageOf(request));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function isPrefetch(request: NextRequest): boolean {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
}

async function hasSession(request: NextRequest): Promise<boolean> {
  const token = await getToken({
    req: request,
    secret: env().AUTH_SECRET,
    secureCookie: request.nextUrl.protocol === "https:",
  });
  return Boolean(token?.sub);
}

async function refuseOverLimit(request: NextRequest): Promise<NextResponse | undefined> {
  try {
    await countTokenLookup(clientIp(request.headers));
    return undefined;
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    return new NextResponse(`${rateLimitedText(request, error)}\n`, {
      status: 429,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Retry-After": String(error.retryAfterSeconds),
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  }
}

export const config = {
  matcher: [
    {
      // Every page (API routes, build assets and the icon need no page policy), prefetches included:
      // Next buffers the body of every request the proxy sees, so each must pass its size check.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
    },
  ],
};
