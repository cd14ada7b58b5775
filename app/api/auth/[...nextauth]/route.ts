import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { signInWaitSeconds } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";
import { signInRefusalMessage } from "@/lib/i18n/sign-in-texts";
import { clientIp } from "@/lib/http/client-address";

export const GET = handlers.GET;

/**
 * Sign-in over the API: while this address must wait before trying this account (or has used up its
 * failed sign-ins for the hour) the answer is HTTP 429 with `Retry-After`, before any password is
 * checked. (The sign-in form shows the same refusal inline; the attempt itself is counted by
 * authenticateStaff, which refuses on its own too.)
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    const wait = typeof email === "string" ? await signInWaitSeconds(db(), email, clientIp(request.headers)) : 0;
    if (wait > 0) {
      const locale = pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
      return NextResponse.json(
        { error: { code: "RATE_LIMITED", message: signInRefusalMessage(locale, "rate_limited", wait) } },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    }
  }
  return handlers.POST(request);
}
