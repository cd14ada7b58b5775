import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { isSignInLocked } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";

export const GET = handlers.GET;

/**
 * Sign-in over the API: an account locked after repeated failures gets HTTP 429 with a clear message
 * before any password is checked. (The sign-in form shows the same refusal inline.)
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string" && (await isSignInLocked(db(), email))) {
      return NextResponse.json(
        { error: { code: "RATE_LIMITED", message: "Too many failed sign-in attempts. Try again later." } },
        { status: 429, headers: { "Retry-After": "900" } },
      );
    }
  }
  return handlers.POST(request);
}
